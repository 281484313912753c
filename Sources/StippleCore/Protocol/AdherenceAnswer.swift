

/// The aftercare questions a check-in asks: "since the last check-in, did you ...".
public enum AdherenceAnswer: String, Sendable, Hashable, Codable, CaseIterable {
    /// Washed or wetted the scalp.
    case washed
    /// Sweated: gym, sauna, hard physical work.
    case sweated
    /// Had the scalp in direct sun without cover.
    case sun
    /// Wore a tight or unclean hat, cap, helmet or headband.
    case hat
    /// Swam, or used a steam room or sunbed.
    case swimming
}
