/// The client facts that change how a check-in is read.
public struct RiskProfile: Sendable, Equatable, Codable {
    public var age: Int?
    public var diabetes: Bool
    public var immunosuppressed: Bool
    public var anticoagulants: Bool
    public var psoriasis: Bool

    public init(age: Int? = nil, diabetes: Bool = false, immunosuppressed: Bool = false,
                anticoagulants: Bool = false, psoriasis: Bool = false) {
        self.age = age
        self.diabetes = diabetes
        self.immunosuppressed = immunosuppressed
        self.anticoagulants = anticoagulants
        self.psoriasis = psoriasis
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        age = try c.decodeIfPresent(Int.self, forKey: .age)
        diabetes = try c.decodeIfPresent(Bool.self, forKey: .diabetes) ?? false
        immunosuppressed = try c.decodeIfPresent(Bool.self, forKey: .immunosuppressed) ?? false
        anticoagulants = try c.decodeIfPresent(Bool.self, forKey: .anticoagulants) ?? false
        psoriasis = try c.decodeIfPresent(Bool.self, forKey: .psoriasis) ?? false
    }

    /// Risk factors that make any infection sign at least amber, in a fixed order.
    public func higherRiskFactors(ageThreshold: Int) -> [HigherRiskFactor] {
        var out: [HigherRiskFactor] = []
        if let age, age >= ageThreshold { out.append(.age) }
        if diabetes { out.append(.diabetes) }
        if immunosuppressed { out.append(.immunosuppressed) }
        if anticoagulants { out.append(.anticoagulants) }
        return out
    }
}
