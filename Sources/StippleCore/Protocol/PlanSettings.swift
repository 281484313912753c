/// The protocol's treatment plan: how many sessions a plan holds, and when its touch-up and the
/// top-ups after it fall.
public struct PlanSettings: Sendable, Equatable, Codable {
    /// Usually 3, from 2 to 4 (about one client in five needs a fourth).
    public var defaultSessions: Int
    public var minSessions: Int
    public var maxSessions: Int
    /// The touch-up's window after the plan's last session, in days (4–6 weeks).
    public var touchUpFromDays: Int
    public var touchUpToDays: Int
    /// A top-up's window after the last session of all, in years (every 3–5 years).
    public var topUpFromYears: Int
    public var topUpToYears: Int

    public init(defaultSessions: Int, minSessions: Int, maxSessions: Int, touchUpFromDays: Int, touchUpToDays: Int,
                topUpFromYears: Int, topUpToYears: Int) {
        self.defaultSessions = defaultSessions; self.minSessions = minSessions; self.maxSessions = maxSessions
        self.touchUpFromDays = touchUpFromDays; self.touchUpToDays = touchUpToDays
        self.topUpFromYears = topUpFromYears; self.topUpToYears = topUpToYears
    }

    /// The domain brief's figures, for a protocol file written before plans existed.
    public static let standard = PlanSettings(defaultSessions: 3, minSessions: 2, maxSessions: 4, touchUpFromDays: 28,
                                              touchUpToDays: 42, topUpFromYears: 3, topUpToYears: 5)

    /// The number of sessions a plan may hold.
    public var sessionRange: ClosedRange<Int> { minSessions...maxSessions }
}
