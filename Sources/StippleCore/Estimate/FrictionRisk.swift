

public enum FrictionRisk: String, Sendable, Codable, CaseIterable, Comparable {
    /// Wears a hat or cap most days.
    case hat
    /// Wears a helmet (cycling, motorbike, work).
    case helmet
    /// Sleeps on the treated area.
    case sleepingPosition = "sleeping-position"

    public static func < (a: FrictionRisk, b: FrictionRisk) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
