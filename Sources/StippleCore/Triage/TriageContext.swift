

/// What one triage rule sees: the check-in, the one before it in the same journey, the client's
/// risk factors and the clinic's thresholds.
public struct TriageContext: Sendable {
    public let checkIn: CheckIn
    public let previous: CheckIn?
    public let score: SymptomScore
    public let previousScore: SymptomScore?
    public let risk: RiskProfile
    public let settings: TriageSettings
    public let aftercare: [AftercareItem]

    public var day: Int { checkIn.day }
    /// Past the first days of redness and swelling: from here healing should only improve.
    public var afterFirstDays: Bool { day > settings.inflammationEndDay }
}
