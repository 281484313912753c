import Foundation

/// Finds a key given twice in one JSON object. JSON parsers keep one of the two values without
/// a word, so `{"temperatureC":39.5,"temperatureC":36.5}` would read as no fever; input with a
/// duplicated key is refused instead, naming it. Keys are compared as decoded text, so an
/// escaped spelling (`"temperature\u0043"`) is the same key.
public enum DuplicateKeys {
    private enum Frame {
        case object(keys: Set<String>, path: String, lastKey: String?, expectingKey: Bool)
        case array(path: String, index: Int)
    }

    /// The path of the first key given twice (`temperatureC`, `previous[1].day`), or nil. Text
    /// that is not well-formed JSON gives nil: the parser that reads it next says what is wrong.
    public static func first(in data: Data) -> String? {
        let bytes = [UInt8](data)
        var stack: [Frame] = []
        var i = 0

        func valuePath() -> String {
            switch stack.last {
            case let .object(_, path, lastKey, _)?: return join(path, lastKey ?? "")
            case let .array(path, index)?: return "\(path)[\(index)]"
            case nil: return ""
            }
        }

        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "{"):
                stack.append(.object(keys: [], path: valuePath(), lastKey: nil, expectingKey: true))
            case UInt8(ascii: "["):
                stack.append(.array(path: valuePath(), index: 0))
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
            case UInt8(ascii: ","):
                switch stack.last {
                case let .object(keys, path, lastKey, _)?:
                    stack[stack.count - 1] = .object(keys: keys, path: path, lastKey: lastKey, expectingKey: true)
                case let .array(path, index)?:
                    stack[stack.count - 1] = .array(path: path, index: index + 1)
                case nil:
                    return nil
                }
            case UInt8(ascii: "\""):
                guard let end = endOfString(bytes, from: i) else { return nil }
                if case let .object(keys, path, _, true)? = stack.last {
                    guard let key = decodeString(bytes[i...end]) else { return nil }
                    if keys.contains(key) { return join(path, key) }
                    stack[stack.count - 1] = .object(keys: keys.union([key]), path: path, lastKey: key, expectingKey: false)
                }
                i = end
            default:
                break
            }
            i += 1
        }
        return nil
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The index of the quote closing the string that opens at `start`.
    private static func endOfString(_ bytes: [UInt8], from start: Int) -> Int? {
        var i = start + 1
        while i < bytes.count {
            switch bytes[i] {
            case UInt8(ascii: "\\"): i += 2
            case UInt8(ascii: "\""): return i
            default: i += 1
            }
        }
        return nil
    }

    private static func decodeString(_ token: ArraySlice<UInt8>) -> String? {
        try? JSONSerialization.jsonObject(with: Data(token), options: .fragmentsAllowed) as? String
    }
}
