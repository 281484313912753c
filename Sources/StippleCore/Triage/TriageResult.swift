

/// The outcome of triaging one check-in.
public struct TriageResult: Sendable, Equatable, Codable {
    /// The healing day of the check-in.
    public var day: Int
    public var tier: TriageTier
    public var score: SymptomScore
    /// Every rule that fired, most severe first; empty or green-only for normal healing.
    public var findings: [TriageFinding]
    /// For a red result, whether the client calls the emergency number or gets urgent care
    /// today; nil below red.
    public var route: TriageRoute?
    /// The client reports a healed scalp (no scabs, no redness), nothing needs attention, and
    /// the day is no earlier than the protocol's earliest healing day.
    public var confirmsHealing: Bool
}

extension TriageResult {
    /// The reasons in plain words, most severe first.
    public func reasons(_ language: Language, protocol p: AftercareProtocol) -> [String] {
        findings.map { TriageText.reason($0, language: language, protocol: p) }
    }

    /// What the client should do now: an emergency starts with the emergency number, urgent
    /// care with the clinic's urgent-care advice.
    public func action(_ language: Language, protocol p: AftercareProtocol, emergencyNumber: String,
                       urgentCare: String) -> String {
        p.messages.actions.text(for: tier, route: route)
            .text(language, ["emergencyNumber": emergencyNumber, "urgentCare": urgentCare])
    }
}
