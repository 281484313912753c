

/// One row of the table: how much a factor stretches the healing time.
public struct HealingFactorEffect: Sendable, Equatable {
    public var factor: HealingFactor
    /// Multiplies the expected days to healing (1.25 = a quarter longer).
    public var multiplier: Double
    public var evidence: EvidenceStrength
    /// Where the number comes from, and why it has this size.
    public var basis: String
}
