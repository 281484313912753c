import Foundation

public struct EstimateContribution: Sendable, Equatable, Codable {
    public var factor: HealingFactor
    /// The multiplier applied (compounded for factors that count several times).
    public var multiplier: Double
    public var evidence: EvidenceStrength
    /// How many times the factor counts (zones beyond the first, aftercare lapses).
    public var count: Int
    /// Days this factor added (negative: took away) to the most likely value.
    public var days: Double
}
