import Foundation

/// Reads the JSON objects the store writes itself (check-in answers, screening answers): one
/// object of scalars, as `Codecs.json` writes them, in one pass.
///
/// Every client page reads a journey's check-ins and the client's screening; Foundation's
/// `JSONDecoder` spent most of that building a tree and coding paths for ten keys. Anything
/// this does not expect (nesting, escapes in strings) gives nil, and `StoredAnswers` then
/// falls back to `JSONDecoder`.
enum FlatJSONDecoder {
    enum Scalar: Equatable {
        case null
        case bool(Bool)
        case integer(Int)
        case number(Double)
        case string(String)
    }

    /// The object's pairs in document order, or nil when it is not a flat object: what the store
    /// wrote, as the tests check it against the keys `values` is read with.
    static func pairs(_ text: String) -> [(key: String, value: Scalar)]? {
        var out: [(key: String, value: Scalar)] = []
        let read = visit(text) { key, value in
            out.append((String(decoding: key, as: UTF8.self), value))
            return true
        }
        return read ? out : nil
    }

    /// The values of `keys`, each at its key's place (nil where the object has no such key); nil
    /// when the object is not flat, holds a key not in `keys`, or holds one twice.
    static func values(_ text: String, keys: FlatKeys) -> [Scalar?]? {
        var values = [Scalar?](repeating: nil, count: keys.count)
        var next = 0
        let read = visit(text) { key, value in
            // The store writes keys in the order of `keys`: usually the next one.
            guard let index = keys.index(of: key, from: next), values[index] == nil else { return false }
            values[index] = value
            next = index + 1
            return true
        }
        return read ? values : nil
    }

    /// Calls `pair` with each key's bytes and value, in document order, until it returns false.
    /// True when the whole text was one flat object and every call returned true.
    private static func visit(_ text: String, _ pair: (UnsafeBufferPointer<UInt8>, Scalar) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.object(pair)
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func object(_ pair: (UnsafeBufferPointer<UInt8>, Scalar) -> Bool) -> Bool {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return false }
            skipSpace()
            if take(UInt8(ascii: "}")) { return end() }
            while true {
                skipSpace()
                guard let key = stringBytes() else { return false }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return false }
                skipSpace()
                guard let value = scalar(), pair(key, value) else { return false }
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return false }
                return end()
            }
        }

        private mutating func end() -> Bool {
            skipSpace()
            return at == bytes.count
        }

        private mutating func scalar() -> Scalar? {
            guard at < bytes.count else { return nil }
            switch bytes[at] {
            case UInt8(ascii: "\""): return string().map(Scalar.string)
            case UInt8(ascii: "t"): return word("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return word("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return word("null") ? .null : nil
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number()
            default: return nil
            }
        }

        private mutating func string() -> String? {
            stringBytes().map { String(decoding: $0, as: UTF8.self) }
        }

        /// A string's bytes, without escapes; one with a backslash is left to `JSONDecoder`.
        private mutating func stringBytes() -> UnsafeBufferPointer<UInt8>? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") {
                    defer { at += 1 }
                    return UnsafeBufferPointer(rebasing: bytes[start..<at])
                }
                if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
                at += 1
            }
            return nil
        }

        private mutating func number() -> Scalar? {
            let start = at
            var integral = true
            while at < bytes.count {
                switch bytes[at] {
                case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"): break
                case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"): integral = false
                default:
                    return Self.number(bytes[start..<at], integral: integral)
                }
                at += 1
            }
            return Self.number(bytes[start..<at], integral: integral)
        }

        private static func number(_ slice: Slice<UnsafeBufferPointer<UInt8>>, integral: Bool) -> Scalar? {
            let text = String(decoding: UnsafeBufferPointer(rebasing: slice), as: UTF8.self)
            if integral, let value = Int(text) { return .integer(value) }
            return Double(text).map(Scalar.number)
        }

        private mutating func word(_ word: StaticString) -> Bool {
            let count = word.utf8CodeUnitCount
            guard at + count <= bytes.count else { return false }
            for i in 0..<count where bytes[at + i] != word.utf8Start[i] { return false }
            at += count
            return true
        }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        private mutating func skipSpace() {
            while at < bytes.count {
                switch bytes[at] {
                case 0x20, 0x09, 0x0A, 0x0D: at += 1
                default: return
                }
            }
        }
    }
}

/// The keys an object of the store may hold, in the order the store writes them.
final class FlatKeys: Sendable {
    private let names: [[UInt8]]
    var count: Int { names.count }

    init(_ names: [String]) {
        self.names = names.map { Array($0.utf8) }
    }

    /// The place of `key`, looked for at `from` first.
    func index(of key: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        if from < names.count, matches(key, from) { return from }
        return names.indices.first { matches(key, $0) }
    }

    private func matches(_ key: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        names[index].withUnsafeBufferPointer { name in
            name.count == key.count && (name.isEmpty || memcmp(name.baseAddress!, key.baseAddress!, key.count) == 0)
        }
    }
}
