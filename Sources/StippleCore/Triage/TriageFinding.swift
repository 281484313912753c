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

/// Every triage rule by name. Each is implemented in `TriageRules` under the same name and
/// tested at its boundary in `TriageRulesTests`.
public enum TriageRule: String, Sendable, Codable, CaseIterable {
    // Red: urgent care today (fever, shivering, fast-spreading redness) or an emergency call.
    case fever
    case shivering
    case systemicSymptoms
    case breathingDifficulty
    case rapidlySpreadingRedness
    // Amber: same-day review.
    case swellingNearEyesOrFace
    // Infection signs: amber by default (clinic setting), always amber with risk factors.
    case spreadingRedness
    case cloudyDischarge
    case foulSmell
    case oozingAfterFirstDays
    case rednessWorse
    case swellingWorse
    case heatWorse
    case painWorse
    case scoreRise
    case higherRiskClient
    // Yellow: review at the next follow-up.
    case highScoreAfterFirstDays
    case lingeringScabs
    case lingeringSymptoms
    case foreheadSwellingLingering
    case itchyRaisedDots
    case plaques
    case blurredDots
    case scabsPicked
    // Green: advice only.
    case aftercareNotFollowed
    case expectedForStage
}

extension TriageRule {
    /// Infection signs take the clinic's infection-sign tier, raised to amber for a client with
    /// risk factors.
    public var isInfectionSign: Bool {
        switch self {
        case .spreadingRedness, .cloudyDischarge, .foulSmell, .oozingAfterFirstDays,
             .rednessWorse, .swellingWorse, .heatWorse, .painWorse, .scoreRise:
            true
        default:
            false
        }
    }
}
