import Foundation

/// Reads the JSON objects the store writes itself (check-in answers, screening answers): one
/// object of scalars, as `Codecs.json` writes them, into its pairs in one pass.
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

    /// The object's pairs in document order, or nil when it is not a flat object.
    static func pairs(_ text: String) -> [(key: String, value: Scalar)]? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.object()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        mutating func object() -> [(key: String, value: Scalar)]? {
            skipSpace()
            guard take(UInt8(ascii: "{")) else { return nil }
            var out: [(key: String, value: Scalar)] = []
            skipSpace()
            if take(UInt8(ascii: "}")) { return end() ? out : nil }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard take(UInt8(ascii: ":")) else { return nil }
                skipSpace()
                guard let value = scalar() else { return nil }
                out.append((key, value))
                skipSpace()
                if take(UInt8(ascii: ",")) { continue }
                guard take(UInt8(ascii: "}")) else { return nil }
                return end() ? out : nil
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

        /// A string without escapes; one with a backslash is left to `JSONDecoder`.
        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            let start = at
            while at < bytes.count {
                let byte = bytes[at]
                if byte == UInt8(ascii: "\"") {
                    defer { at += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
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
