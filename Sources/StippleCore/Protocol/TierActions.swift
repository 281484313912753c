

public struct TierActions: Sendable, Equatable, Codable {
    public var green: LocalizedText
    public var yellow: LocalizedText
    public var amber: LocalizedText
    /// Red for an emergency: call the emergency number now.
    public var red: LocalizedText
    /// Red for urgent care today: the clinic's urgent-care advice, and when to call the
    /// emergency number after all.
    public var urgentCare: LocalizedText

    public func text(for tier: TriageTier, route: TriageRoute? = nil) -> LocalizedText {
        switch tier {
        case .green: green
        case .yellow: yellow
        case .amber: amber
        case .red: route == .urgentCare ? urgentCare : red
        }
    }
}
