import Foundation

/// The languages Stipple speaks to clients and staff in. A clinic chooses one.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case enGB = "en-GB"
    case nlNL = "nl-NL"

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }
}

extension Language {
    /// Position in `allCases`, so texts are found by index rather than by hashing a string.
    var ordinal: Int {
        switch self {
        case .enGB: 0
        case .nlNL: 1
        }
    }
}

/// One text in every language a protocol declares.
public struct LocalizedText: Sendable, Equatable, Codable {
    private var storage: [String?]

    public init(_ values: [Language: String]) {
        storage = Language.allCases.map { values[$0] }
    }

    public var values: [Language: String] {
        var out: [Language: String] = [:]
        for language in Language.allCases { if let text = storage[language.ordinal] { out[language] = text } }
        return out
    }

    /// The text in `language`, or in British English when a protocol lacks that language
    /// (validation prevents this for declared languages).
    public func text(_ language: Language) -> String {
        storage[language.ordinal] ?? storage[Language.enGB.ordinal] ?? storage.lazy.compactMap { $0 }.first ?? ""
    }

    /// The text with `{name}` placeholders filled in.
    public func text(_ language: Language, _ substitutions: [String: String]) -> String {
        Template.fill(text(language)) { substitutions[$0] }
    }

    public init(from decoder: any Decoder) throws {
        let raw = try decoder.singleValueContainer().decode([String: String].self)
        var values: [Language: String] = [:]
        for (key, value) in raw {
            guard let language = Language(rawValue: key) else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "unknown language \"\(key)\" (known: \(Language.allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
            values[language] = value
        }
        self.init(values)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
    }
}

/// `{name}` placeholders in protocol texts.
public enum Template {
    /// Fills `{name}` placeholders in one pass over the UTF-8 bytes. Texts are filled for every
    /// journey shown, so this avoids Foundation's string searching and character-by-character
    /// indexing, which dominated journey building. Unknown names are left as they are.
    public static func fill(_ text: String, _ value: (String) -> String?) -> String {
        var text = text
        text.makeContiguousUTF8() // a no-op for native strings
        let result = text.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard bytes.contains(UInt8(ascii: "{")) else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 8)
            var i = 0
            while let open = bytes[i...].firstIndex(of: UInt8(ascii: "{")) {
                out.append(contentsOf: bytes[i..<open])
                guard let close = bytes[(open + 1)...].firstIndex(of: UInt8(ascii: "}")) else {
                    i = open
                    break
                }
                if let replacement = value(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)) {
                    out.append(contentsOf: replacement.utf8)
                } else {
                    out.append(contentsOf: bytes[open...close])
                }
                i = close + 1
            }
            out.append(contentsOf: bytes[i...])
            return String(decoding: out, as: UTF8.self)
        }
        return (result ?? nil) ?? text
    }

    public static func fill(_ text: String, _ substitutions: [String: String]) -> String {
        fill(text) { substitutions[$0] }
    }

    /// The placeholder names used in `text`, in order of appearance.
    public static func placeholders(in text: String) -> [String] {
        var names: [String] = []
        var current: String?
        for ch in text {
            if ch == "{" { current = "" }
            else if ch == "}", let name = current { names.append(name); current = nil }
            else if current != nil { current!.append(ch) }
        }
        return names
    }
}
