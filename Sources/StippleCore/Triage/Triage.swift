
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
        var prev: CheckIn?
        for c in previous where c.day <= checkIn.day && c.day >= (prev?.day ?? Int.min) { prev = c }
        let score = SymptomScore(checkIn, feverC: settings.feverC)
        let context = TriageContext(
            checkIn: checkIn, previous: prev, score: score,
            previousScore: prev.map { SymptomScore($0, feverC: settings.feverC) },
            risk: risk, settings: settings, aftercare: p.aftercare)

        var findings: [TriageFinding] = []
        findings.reserveCapacity(8)
        TriageRules.evaluate(context, into: &findings)
        if findings.contains(where: { $0.rule.isInfectionSign }) {
            let riskFactors = risk.higherRiskFactors(ageThreshold: settings.higherRiskAge)
            if !riskFactors.isEmpty {
                for i in findings.indices where findings[i].rule.isInfectionSign {
                    findings[i].tier = max(findings[i].tier, .amber)
                }
                findings.append(TriageFinding(.higherRiskClient, .amber, day: checkIn.day,
                                              detail: riskFactors.map(\.rawValue)))
            }
        }
        TriageRules.aftercareNotFollowed(context, into: &findings)

        let tier = findings.lazy.map(\.tier).max() ?? .green
        if tier == .green, score.total > 0 || checkIn.scabs == true || checkIn.oozing == true {
            findings.append(TriageFinding(.expectedForStage, .green, day: checkIn.day))
        }
        // Most severe first, rule order kept within a tier: an in-place insertion sort, which
        // is stable and allocates nothing for these few findings.
        var ordered = findings
        if ordered.count > 1 {
            for i in 1..<ordered.count {
                var j = i
                while j > 0, ordered[j - 1].tier < ordered[j].tier {
                    ordered.swapAt(j - 1, j)
                    j -= 1
                }
            }
        }
        var route: TriageRoute?
        if tier == .red {
            let routes = ordered.compactMap(\.rule.route)
            route = routes.contains(.emergency) ? .emergency : .urgentCare
        }
        return TriageResult(
            day: checkIn.day, tier: tier, score: score, findings: ordered, route: route,
            confirmsHealing: tier == .green && checkIn.reportsHealedScalp
                && checkIn.day >= settings.earliestHealedDay)
    }
}
