/// One reason behind a triage tier: which rule fired, the tier it asks for, and the values it
/// saw, so the reason can be told in plain words in any language.
public struct TriageFinding: Sendable, Equatable, Codable {
    public var rule: TriageRule
    public var tier: TriageTier
    /// The day of the check-in.
    public var day: Int
    /// The value that fired the rule and the value it was compared with, where there are two.
    public var value: Double?
    public var previous: Double?
    /// Extra detail: the aftercare item breached, the risk factors present.
    public var detail: [String]

    public init(_ rule: TriageRule, _ tier: TriageTier, day: Int, value: Double? = nil,
                previous: Double? = nil, detail: [String] = []) {
        self.rule = rule
        self.tier = tier
        self.day = day
        self.value = value
        self.previous = previous
        self.detail = detail
    }
}
