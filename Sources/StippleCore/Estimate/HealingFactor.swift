

/// Every factor the healing estimate knows.
public enum HealingFactor: String, Sendable, Codable, CaseIterable {
    case age65Plus = "age-65-plus"
    case diabetes
    case immunosuppression
    case anticoagulants
    case scalpPsoriasisOrEczema = "scalp-psoriasis-or-eczema"
    case keloidHistory = "keloid-history"
    case scarTissue = "scar-tissue"
    case olderMale = "older-male"
    case oilySkin = "oily-skin"
    case thickSkin = "thick-skin"
    case darkerSkinType = "darker-skin-type"
    case largerArea = "larger-area"
    case shallowNeedle = "shallow-needle"
    case deepNeedle = "deep-needle"
    case laterSession = "later-session"
    case hat
    case helmet
    case sleepingPosition = "sleeping-position"
    case aftercareLapses = "aftercare-lapses"
    case scabsPicked = "scabs-picked"
}
