/// How urgently a person at the clinic should act on a check-in. Always a recommendation for a
/// person, never a decision: health data may not be acted on solely by a machine.
public enum TriageTier: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Normal healing for the day.
    case green
    /// The technician reviews it at the next follow-up.
    case yellow
    /// GP or pharmacist within 24 hours; the technician reviews it the same day.
    case amber
    /// The technician is alerted at once; the client calls the emergency number or gets urgent
    /// care today, as `TriageRoute` says.
    case red

    /// 0 (green) to 3 (red): the order of the tiers, as stored beside alerts for sorting.
    public var severity: Int {
        switch self {
        case .green: 0
        case .yellow: 1
        case .amber: 2
        case .red: 3
        }
    }

    public static func < (a: TriageTier, b: TriageTier) -> Bool { a.severity < b.severity }
}
