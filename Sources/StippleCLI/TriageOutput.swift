import ArgumentParser
import Foundation
import StippleCore

/// One output line of `stipple triage`.
struct TriageOutput: Encodable {
    struct Finding: Encodable {
        var rule: String
        var tier: TriageTier
        var reason: String
    }

    var line: Int
    var day: Int
    var tier: TriageTier
    /// For red: call the emergency number, or get urgent care today.
    var route: TriageRoute?
    var score: Int
    var scoreItems: SymptomScore
    var reasons: [String]
    var findings: [Finding]
    var action: String
    var confirmsHealing: Bool

    init(line: Int, result: TriageResult, language: Language, protocol p: AftercareProtocol, emergencyNumber: String,
         urgentCare: String) {
        self.line = line
        day = result.day
        tier = result.tier
        route = result.route
        score = result.score.total
        scoreItems = result.score
        reasons = result.reasons(language, protocol: p)
        findings = zip(result.findings, reasons).map { Finding(rule: $0.rule.rawValue, tier: $0.tier, reason: $1) }
        action = result.action(language, protocol: p, emergencyNumber: emergencyNumber, urgentCare: urgentCare)
        confirmsHealing = result.confirmsHealing
    }
}
