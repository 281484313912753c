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
