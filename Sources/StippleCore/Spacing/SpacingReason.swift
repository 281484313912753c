

/// Why a next session may not be booked before a date.
public enum SpacingReason: Sendable, Equatable, Codable {
    /// The protocol's minimum gap after the previous session.
    case minimumGap(days: Int, previousSession: LocalDate, date: LocalDate)
    /// A check-in confirmed the scalp healed on this date.
    case healed(date: LocalDate)
    /// No check-in has confirmed healing; the estimate's upper bound stands in for it.
    case awaitingHealing(date: LocalDate)
    /// An amber or red alert is open: nothing is booked until a person has closed it.
    case openAlert(tier: TriageTier)
}
