/// The outcome of triaging one check-in.
public struct TriageResult: Sendable, Equatable, Codable {
    /// The healing day of the check-in.
    public var day: Int
    public var tier: TriageTier
    public var score: SymptomScore
    /// Every rule that fired, most severe first; empty or green-only for normal healing.
    public var findings: [TriageFinding]
    /// The client reports a healed scalp (no scabs, no redness) and nothing needs attention.
    public var confirmsHealing: Bool
}

public enum Triage {
    /// Triages `checkIn` against the earlier check-ins of the same journey. Symptoms expected
    /// for the day never raise the tier; only the rules in `TriageRules` do.
    public static func assess(
        _ checkIn: CheckIn,
        previous: [CheckIn] = [],
        risk: RiskProfile = RiskProfile(),
        protocol p: AftercareProtocol
    ) -> TriageResult {
        let settings = p.triage
        // The latest earlier check-in; of two on the same day, the later in the list.
        let prev = previous.enumerated()
            .filter { $0.element.day <= checkIn.day }
            .max { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }?.element
        let score = SymptomScore(checkIn, feverC: settings.feverC)
        let context = TriageContext(
            checkIn: checkIn, previous: prev, score: score,
            previousScore: prev.map { SymptomScore($0, feverC: settings.feverC) },
            risk: risk, settings: settings, aftercare: p.aftercare)

        var findings = TriageRules.all.compactMap { $0(context) }
        let riskFactors = risk.higherRiskFactors(ageThreshold: settings.higherRiskAge)
        if !riskFactors.isEmpty, findings.contains(where: { TriageRules.infectionSigns.contains($0.rule) }) {
            for i in findings.indices where TriageRules.infectionSigns.contains(findings[i].rule) {
                findings[i].tier = max(findings[i].tier, .amber)
            }
            findings.append(TriageFinding(.higherRiskClient, .amber, day: checkIn.day,
                                          detail: riskFactors.map(\.rawValue)))
        }
        findings += TriageRules.aftercareNotFollowed(context)

        let tier = findings.map(\.tier).max() ?? .green
        if tier == .green, score.total > 0 || checkIn.scabs == true || checkIn.oozing == true {
            findings.append(TriageFinding(.expectedForStage, .green, day: checkIn.day))
        }
        // Stable sort: most severe first, rule order within a tier.
        let ordered = findings.enumerated()
            .sorted { ($0.element.tier, -$0.offset) > ($1.element.tier, -$1.offset) }
            .map(\.element)
        return TriageResult(
            day: checkIn.day, tier: tier, score: score, findings: ordered,
            confirmsHealing: tier == .green && checkIn.reportsHealedScalp)
    }
}

extension TriageResult {
    /// The reasons in plain words, most severe first.
    public func reasons(_ language: Language, protocol p: AftercareProtocol) -> [String] {
        findings.map { TriageText.reason($0, language: language, protocol: p) }
    }

    /// What the client should do now; red starts with the emergency number.
    public func action(_ language: Language, protocol p: AftercareProtocol, emergencyNumber: String) -> String {
        p.messages.actions.text(for: tier).text(language, ["emergencyNumber": emergencyNumber])
    }
}
