import Foundation

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
