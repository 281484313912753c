

/// One aftercare instruction, active on days `fromDay...untilDay` (open-ended without `untilDay`).
public struct AftercareItem: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case `do`, avoid }

    public var id: String
    public var kind: Kind
    public var fromDay: Int
    public var untilDay: Int?
    /// Placeholders: `{fromDay}`, `{untilDay}`, `{resumeDay}` (the day after `untilDay`).
    public var text: LocalizedText
    /// The check-in answer that, if yes while this item is active, means it was not followed.
    public var breachedBy: AdherenceAnswer?

    public func isActive(onDay day: Int) -> Bool {
        day >= fromDay && (untilDay.map { day <= $0 } ?? true)
    }

    /// Whether the item applies on any day of `days`.
    public func overlaps(_ days: ClosedRange<Int>) -> Bool {
        fromDay <= days.upperBound && (untilDay.map { $0 >= days.lowerBound } ?? true)
    }

    public func text(_ language: Language) -> String {
        Template.fill(text.text(language)) { name in
            switch name {
            case "fromDay": String(fromDay)
            case "untilDay": untilDay.map { String($0) }
            case "resumeDay": untilDay.map { String($0 + 1) }
            default: nil
            }
        }
    }

    static let placeholders: Set<String> = ["fromDay", "untilDay", "resumeDay"]
}
