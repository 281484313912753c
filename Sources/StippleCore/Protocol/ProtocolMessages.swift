

/// Texts the client receives outside the stage and aftercare lists.
public struct ProtocolMessages: Sendable, Equatable, Codable {
    /// Placeholders: `{day}`.
    public var checkInReminder: LocalizedText
    public var missedCheckIn: LocalizedText
    /// Placeholders: `{date}`.
    public var followUpTomorrow: LocalizedText
    /// What the client should do for each tier, and for a red check-in that needs urgent care
    /// rather than an emergency call. Placeholders: `{emergencyNumber}`, `{urgentCare}`.
    public var actions: TierActions
}
