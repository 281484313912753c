/// Where a red check-in sends the client. Both are red and alert the technician at once; they
/// differ in what the client is told to do. Sending fever alone to the emergency number
/// over-escalates and teaches clients to ignore the advice.
public enum TriageRoute: String, Sendable, Hashable, Codable, CaseIterable {
    /// Signs of sepsis or a severe reaction: call the emergency number (999, 112) now.
    case emergency
    /// Fever, shivering or fast-spreading redness: same-day urgent care (NHS 111, the huisarts
    /// or huisartsenpost, the client's GP), as the clinic's urgent-care advice says.
    case urgentCare
}

extension TriageRule {
    /// The route a red rule asks for; nil for rules below red.
    public var route: TriageRoute? {
        switch self {
        case .systemicSymptoms, .breathingDifficulty: .emergency
        case .fever, .shivering, .rapidlySpreadingRedness: .urgentCare
        default: nil
        }
    }
}
