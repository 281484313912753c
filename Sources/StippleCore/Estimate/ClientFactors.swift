/// What is known about a client and a session that can make healing slower or faster.
/// Unknown facts are nil or empty and move nothing.
public struct ClientFactors: Sendable, Equatable, Codable {
    public enum Sex: String, Sendable, Codable, CaseIterable { case female, male, other }
    public enum NeedleDepth: String, Sendable, Codable, CaseIterable { case shallow, standard, deep }

    public var age: Int?
    public var sex: Sex?
    /// Fitzpatrick skin type, 1 to 6.
    public var skinType: Int?
    public var oilySkin: Bool
    public var thickSkin: Bool
    public var zones: Set<TreatmentZone>
    public var needleDepth: NeedleDepth?
    /// 1 for the first session of a treatment.
    public var sessionNumber: Int
    public var friction: Set<FrictionRisk>
    public var conditions: Set<HealthCondition>
    public var anticoagulants: Bool

    public init(
        age: Int? = nil, sex: Sex? = nil, skinType: Int? = nil, oilySkin: Bool = false,
        thickSkin: Bool = false, zones: Set<TreatmentZone> = [], needleDepth: NeedleDepth? = nil,
        sessionNumber: Int = 1, friction: Set<FrictionRisk> = [], conditions: Set<HealthCondition> = [],
        anticoagulants: Bool = false
    ) {
        self.age = age; self.sex = sex; self.skinType = skinType; self.oilySkin = oilySkin
        self.thickSkin = thickSkin; self.zones = zones; self.needleDepth = needleDepth
        self.sessionNumber = sessionNumber; self.friction = friction; self.conditions = conditions
        self.anticoagulants = anticoagulants
    }

    /// The facts triage needs.
    public var riskProfile: RiskProfile {
        RiskProfile(age: age, diabetes: conditions.contains(.diabetes),
                    immunosuppressed: conditions.contains(.immunosuppression),
                    anticoagulants: anticoagulants, psoriasis: conditions.contains(.scalpPsoriasisOrEczema))
    }

    /// Checks the ranges; names the field at fault.
    public func validate() throws(FieldError) {
        if let age, !(18...120).contains(age) {
            throw FieldError(field: "age", message: "must be from 18 to 120 (no SMP under 18), got \(age)")
        }
        if let skinType, !(1...6).contains(skinType) {
            throw FieldError(field: "skinType", message: "must be a Fitzpatrick type from 1 to 6, got \(skinType)")
        }
        if !(1...20).contains(sessionNumber) {
            throw FieldError(field: "sessionNumber", message: "must be from 1 to 20, got \(sessionNumber)")
        }
    }
}
