

/// The gap before booking session `toSession` (and every later one, until a rule with a higher
/// `toSession`), counted from the previous session's day.
public struct SpacingRule: Sendable, Equatable, Codable {
    public var toSession: Int
    public var minDays: Int
    public var recommendedFromDays: Int
    public var recommendedToDays: Int
    public var label: LocalizedText
}
