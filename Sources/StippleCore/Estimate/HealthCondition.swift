

public enum HealthCondition: String, Sendable, Codable, CaseIterable, Comparable {
    case diabetes
    case immunosuppression
    /// Active psoriasis or eczema on the scalp.
    case scalpPsoriasisOrEczema = "scalp-psoriasis-or-eczema"
    case keloidHistory = "keloid-history"
    /// Scar tissue or scarring alopecia in the treated area.
    case scarTissue = "scar-tissue"

    public static func < (a: HealthCondition, b: HealthCondition) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
