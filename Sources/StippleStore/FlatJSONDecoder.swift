import Foundation

/// Decodes the JSON objects the store writes itself (check-in answers, screening answers): one
/// object of scalars, as `Codecs.json` writes them.
///
/// Every client page decodes a journey's check-ins and the client's screening; Foundation's
/// `JSONDecoder` spent most of that building a tree and coding paths for ten keys. This reads
/// the pairs in one pass and hands them to the type's own `init(from:)`. Anything it does not
/// expect (nesting, escapes in strings) returns nil, and `Codecs.decode` falls back to
/// `JSONDecoder`, so a field added later is never lost, only read the slower way.
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

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) -> T? {
        guard let pairs = pairs(text) else { return nil }
        return try? T(from: FlatDecoder(pairs: pairs))
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
            while at < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[at]) { at += 1 }
        }
    }
}

/// A `Decoder` over one flat object's pairs: a keyed container for the object, a single-value
/// container for each value (for enums with raw values).
private struct FlatDecoder: Decoder {
    let pairs: [(key: String, value: FlatJSONDecoder.Scalar)]
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(FlatKeyedContainer<Key>(pairs: pairs))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw FlatJSONError.notFlat }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { throw FlatJSONError.notFlat }
}

private enum FlatJSONError: Error {
    case notFlat
    case missing(String)
    case mismatch(String)
}

private struct FlatKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let pairs: [(key: String, value: FlatJSONDecoder.Scalar)]
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.key) } }

    private func value(_ key: Key) throws -> FlatJSONDecoder.Scalar {
        guard let value = find(key) else { throw FlatJSONError.missing(key.stringValue) }
        return value
    }

    private func find(_ key: Key) -> FlatJSONDecoder.Scalar? {
        let name = key.stringValue
        for pair in pairs where pair.key == name { return pair.value }
        return nil
    }

    // Optional fields are most of the answers: one look-up each, not the three of the default
    // (`contains`, `decodeNil`, `decode`).
    private func optional<T: Decodable>(_ type: T.Type, _ key: Key) throws -> T? {
        guard let value = find(key), value != .null else { return nil }
        return try FlatValue(value: value, key: key.stringValue).decode(type)
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try optional(type, key) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try optional(type, key) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try optional(type, key) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try optional(type, key) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try optional(type, key) }

    func contains(_ key: Key) -> Bool { pairs.contains { $0.key == key.stringValue } }
    func decodeNil(forKey key: Key) throws -> Bool { try value(key) == .null }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try FlatValue(value: try value(key), key: key.stringValue).decode(type)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try FlatValue(value: value(key), key: key.stringValue).decode(type) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try FlatValue(value: value(key), key: key.stringValue).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try FlatValue(value: value(key), key: key.stringValue).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try FlatValue(value: value(key), key: key.stringValue).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        throw FlatJSONError.notFlat
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { throw FlatJSONError.notFlat }
    func superDecoder() throws -> any Decoder { throw FlatJSONError.notFlat }
    func superDecoder(forKey key: Key) throws -> any Decoder { throw FlatJSONError.notFlat }
}

/// One value, as a decoder of its own: `init(from:)` of a raw-value enum asks for it.
private struct FlatValue: Decoder, SingleValueDecodingContainer {
    let value: FlatJSONDecoder.Scalar
    let key: String
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<K: CodingKey>(keyedBy type: K.Type) throws -> KeyedDecodingContainer<K> { throw FlatJSONError.notFlat }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { throw FlatJSONError.notFlat }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case let .bool(b) = value else { throw FlatJSONError.mismatch(key) }
        return b
    }
    func decode(_ type: String.Type) throws -> String {
        guard case let .string(s) = value else { throw FlatJSONError.mismatch(key) }
        return s
    }
    func decode(_ type: Double.Type) throws -> Double {
        switch value {
        case let .number(d): return d
        case let .integer(i): return Double(i)
        default: throw FlatJSONError.mismatch(key)
        }
    }
    func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }
    func decode(_ type: Int.Type) throws -> Int {
        guard case let .integer(i) = value else { throw FlatJSONError.mismatch(key) }
        return i
    }
    func decode(_ type: Int8.Type) throws -> Int8 { try exactly(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try exactly(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try exactly(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try exactly(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try exactly(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try exactly(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try exactly(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try exactly(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try exactly(type) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        switch type {
        case is Bool.Type: return try decode(Bool.self) as! T
        case is String.Type: return try decode(String.self) as! T
        case is Int.Type: return try decode(Int.self) as! T
        case is Double.Type: return try decode(Double.self) as! T
        default: return try T(from: self)
        }
    }

    private func exactly<T: FixedWidthInteger>(_ type: T.Type) throws -> T {
        guard let v = T(exactly: try decode(Int.self)) else { throw FlatJSONError.mismatch(key) }
        return v
    }
}
