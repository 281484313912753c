

/// Thresholds of the triage rules. None is clinically validated for SMP: each is a clinic
/// setting, with the domain brief's rules of thumb as defaults.
public struct TriageSettings: Sendable, Equatable, Codable {
    /// A temperature at or above this is a fever (red).
    public var feverC: Double
    /// Healing improves after the first days; worsening, oozing or a rising score after this
    /// day are infection signs.
    public var inflammationEndDay: Int
    /// Forehead swelling up to this day (after hairline work) is expected.
    public var foreheadSwellingExpectedUntilDay: Int
    /// A symptom score at or above `scoreReviewThreshold` after `scoreReviewAfterDay` needs review.
    public var scoreReviewThreshold: Int
    public var scoreReviewAfterDay: Int
    /// A rise of at least this many points after `inflammationEndDay` is an infection sign.
    public var scoreRiseThreshold: Int
    /// Scabs on or after this day are lingering.
    public var lingeringScabsFromDay: Int
    /// Any symptom on or after this day needs review.
    public var lingeringSymptomsFromDay: Int
    /// Raised dots up to this day come from swelling and fresh scabs, not allergy.
    public var raisedDotsExpectedUntilDay: Int
    /// Blurred dots up to this day come from swelling, not migration.
    public var blurredDotsExpectedUntilDay: Int
    /// Spreading redness that rose by at least this many levels within `rapidSpreadWindowDays`
    /// counts as rapidly spreading (red).
    public var rapidSpreadRise: Int
    public var rapidSpreadWindowDays: Int
    /// Clients of this age or older count as higher risk.
    public var higherRiskAge: Int
    /// No check-in confirms healing before this day: an epidermis closes in about a week, so a
    /// calm day-1 scalp is fresh, not healed.
    public var earliestHealedDay: Int
    /// The tier of an infection sign in a client without risk factors (`yellow` or `amber`);
    /// clients with risk factors are always at least amber.
    public var infectionSignTier: TriageTier
}
