import Foundation

/// The languages Stipple speaks to clients and staff in. A clinic chooses one.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case enGB = "en-GB"
    case nlNL = "nl-NL"

    public static func < (a: Language, b: Language) -> Bool { a.rawValue < b.rawValue }
}

/// One text in every language a protocol declares.
public struct LocalizedText: Sendable, Equatable, Codable {
    public var values: [Language: String]

    public init(_ values: [Language: String]) { self.values = values }

    /// The text in `language`, or in British English when a protocol lacks that language
    /// (validation prevents this for declared languages).
    public func text(_ language: Language) -> String {
        values[language] ?? values[.enGB] ?? values.values.first ?? ""
    }

    /// The text with `{name}` placeholders filled in.
    public func text(_ language: Language, _ substitutions: [String: String]) -> String {
        Template.fill(text(language), substitutions)
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
        self.values = values
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(Dictionary(uniqueKeysWithValues: values.map { ($0.key.rawValue, $0.value) }))
    }
}

/// `{name}` placeholders in protocol texts.
public enum Template {
    public static func fill(_ text: String, _ substitutions: [String: String]) -> String {
        var out = text
        for (name, value) in substitutions {
            out = out.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return out
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
