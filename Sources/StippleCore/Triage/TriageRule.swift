

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
