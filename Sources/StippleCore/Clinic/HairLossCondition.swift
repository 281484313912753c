

/// Why a client has come: the hair-loss conditions SMP treats.
public enum HairLossCondition: String, Sendable, Codable, CaseIterable {
    case patternBaldness = "pattern-baldness"
    case thinning
    case alopecia
    case scars
    case recedingHairline = "receding-hairline"
    case psoriasisCover = "psoriasis-cover"
}
