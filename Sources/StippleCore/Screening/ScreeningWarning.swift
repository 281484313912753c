/// What a client's screening tells the technician, one code each, most serious first.
public enum ScreeningWarning: String, Sendable, Codable, CaseIterable {
    case scalpInfectionOrWounds = "scalp-infection-or-wounds"
    case bleedingDisorder = "bleeding-disorder"
    case anticoagulants
    case pregnantOrBreastfeeding = "pregnant-or-breastfeeding"
    case chemotherapy
    case skinCancer = "skin-cancer"
    case isotretinoin
    case immunosuppressed
    case keloidTendency = "keloid-tendency"
    case scalpPsoriasisOrEczema = "scalp-psoriasis-or-eczema"
    case diabetes
    case allergies
    case recentAntibiotics = "recent-antibiotics"

    /// Why the technician must know, in plain words for staff.
    public var message: String {
        switch self {
        case .scalpInfectionOrWounds: "Infection or open wounds on the scalp: no treatment until it has healed."
        case .bleedingDisorder: "Bleeding disorder disclosed: expect more bleeding."
        case .anticoagulants: "Takes blood thinners: expect more bleeding. Never advise stopping a medicine."
        case .pregnantOrBreastfeeding: "Pregnant or breastfeeding: treatment is usually postponed; discuss it with the client."
        case .chemotherapy: "Chemotherapy in progress: no treatment until it has ended."
        case .skinCancer: "Skin cancer history: check the scalp is clear and ask for medical advice."
        case .isotretinoin: "Isotretinoin in the past 6 months: fragile skin that heals more slowly."
        case .immunosuppressed: "Immunosuppressants or steroids: slower healing and higher infection risk."
        case .keloidTendency: "Keloid tendency: risk of raised scars."
        case .scalpPsoriasisOrEczema: "Active psoriasis or eczema on the scalp: do not treat active areas."
        case .diabetes: "Diabetes: slower healing and higher infection risk."
        case .allergies: "Allergies disclosed: check pigment, anaesthetic and aftercare products."
        case .recentAntibiotics: "Recent antibiotics: ask about the infection treated."
        }
    }
}
