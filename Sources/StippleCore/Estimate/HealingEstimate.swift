import Foundation

/// Expected days from the session to a healed scalp (no scabs, no redness) for one client,
/// with the reasons it differs from the typical client.
public struct HealingEstimate: Sendable, Equatable, Codable {
    /// 25th percentile: a quarter of similar clients heal by this day.
    public var lowerDays: Int
    public var mostLikelyDays: Int
    /// 75th percentile.
    public var upperDays: Int
    /// What moved the estimate, in the order applied; their days add up to the difference
    /// from the typical client (before check-ins refine it).
    public var contributions: [EstimateContribution]
    /// The last check-in day that still showed scabs or redness, which pushed the range later.
    public var stillHealingOnDay: Int?
    /// The day a check-in confirmed a healed scalp; the estimate then collapses to that day.
    public var healedOnDay: Int?
    public var tableVersion: String
}
