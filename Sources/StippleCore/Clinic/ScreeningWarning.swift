

public enum ScreeningWarning: String, Sendable, Codable, CaseIterable {
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
        case .bleedingDisorder: "Bleeding disorder disclosed: expect more bleeding; prescriber clearance needed."
        case .anticoagulants: "Takes blood thinners: expect more bleeding; prescriber clearance needed. Never advise stopping a medicine."
        case .pregnantOrBreastfeeding: "Pregnant or breastfeeding: treatment is postponed."
        case .chemotherapy: "Chemotherapy: treatment only with the oncologist's agreement."
        case .skinCancer: "Skin cancer history: check the scalp is clear and ask for medical advice."
        case .isotretinoin: "Isotretinoin: clinician review before treatment."
        case .immunosuppressed: "Immunosuppressants or steroids: slower healing and higher infection risk."
        case .keloidTendency: "Keloid tendency: risk of raised scars; consider a test area."
        case .scalpPsoriasisOrEczema: "Active psoriasis or eczema on the scalp: do not treat active areas."
        case .diabetes: "Diabetes: slower healing and higher infection risk."
        case .allergies: "Allergies disclosed: check pigment, anaesthetic and aftercare products."
        case .recentAntibiotics: "Recent antibiotics: ask about the infection treated."
        }
    }
}
