/// The screening questions a client answers before any treatment. Bleeding disorders and blood
/// thinners must be disclosed (and cleared by the prescriber; the clinic never advises stopping a
/// medicine); the technician is warned before a session starts.
public struct ScreeningAnswers: Sendable, Equatable, Codable {
    public var bleedingDisorder: Bool
    public var anticoagulants: Bool
    public var pregnantOrBreastfeeding: Bool
    public var keloidTendency: Bool
    public var diabetes: Bool
    public var isotretinoin: Bool
    public var scalpPsoriasisOrEczema: Bool
    public var immunosuppressantsOrSteroids: Bool
    public var recentAntibiotics: Bool
    public var skinCancer: Bool
    public var chemotherapy: Bool
    /// Free text; nil or empty when none.
    public var allergies: String?

    public init(
        bleedingDisorder: Bool = false, anticoagulants: Bool = false, pregnantOrBreastfeeding: Bool = false,
        keloidTendency: Bool = false, diabetes: Bool = false, isotretinoin: Bool = false,
        scalpPsoriasisOrEczema: Bool = false, immunosuppressantsOrSteroids: Bool = false,
        recentAntibiotics: Bool = false, skinCancer: Bool = false, chemotherapy: Bool = false,
        allergies: String? = nil
    ) {
        self.bleedingDisorder = bleedingDisorder; self.anticoagulants = anticoagulants
        self.pregnantOrBreastfeeding = pregnantOrBreastfeeding; self.keloidTendency = keloidTendency
        self.diabetes = diabetes; self.isotretinoin = isotretinoin
        self.scalpPsoriasisOrEczema = scalpPsoriasisOrEczema
        self.immunosuppressantsOrSteroids = immunosuppressantsOrSteroids
        self.recentAntibiotics = recentAntibiotics; self.skinCancer = skinCancer
        self.chemotherapy = chemotherapy; self.allergies = allergies
    }

    public static let fields: [String] = [
        "bleedingDisorder", "anticoagulants", "pregnantOrBreastfeeding", "keloidTendency", "diabetes",
        "isotretinoin", "scalpPsoriasisOrEczema", "immunosuppressantsOrSteroids", "recentAntibiotics",
        "skinCancer", "chemotherapy", "allergies",
    ]

    /// What the technician must see before starting a session, most serious first.
    public var warnings: [ScreeningWarning] {
        var out: [ScreeningWarning] = []
        if bleedingDisorder { out.append(.bleedingDisorder) }
        if anticoagulants { out.append(.anticoagulants) }
        if pregnantOrBreastfeeding { out.append(.pregnantOrBreastfeeding) }
        if chemotherapy { out.append(.chemotherapy) }
        if skinCancer { out.append(.skinCancer) }
        if isotretinoin { out.append(.isotretinoin) }
        if immunosuppressantsOrSteroids { out.append(.immunosuppressed) }
        if keloidTendency { out.append(.keloidTendency) }
        if scalpPsoriasisOrEczema { out.append(.scalpPsoriasisOrEczema) }
        if diabetes { out.append(.diabetes) }
        if let allergies, !allergies.isEmpty { out.append(.allergies) }
        if recentAntibiotics { out.append(.recentAntibiotics) }
        return out
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func flag(_ key: CodingKeys) throws -> Bool { try c.decodeIfPresent(Bool.self, forKey: key) ?? false }
        self.init(
            bleedingDisorder: try flag(.bleedingDisorder), anticoagulants: try flag(.anticoagulants),
            pregnantOrBreastfeeding: try flag(.pregnantOrBreastfeeding), keloidTendency: try flag(.keloidTendency),
            diabetes: try flag(.diabetes), isotretinoin: try flag(.isotretinoin),
            scalpPsoriasisOrEczema: try flag(.scalpPsoriasisOrEczema),
            immunosuppressantsOrSteroids: try flag(.immunosuppressantsOrSteroids),
            recentAntibiotics: try flag(.recentAntibiotics), skinCancer: try flag(.skinCancer),
            chemotherapy: try flag(.chemotherapy), allergies: try c.decodeIfPresent(String.self, forKey: .allergies))
    }
}

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

/// Why a client has come: the hair-loss conditions SMP treats.
public enum HairLossCondition: String, Sendable, Codable, CaseIterable {
    case patternBaldness = "pattern-baldness"
    case thinning
    case alopecia
    case scars
    case recedingHairline = "receding-hairline"
    case psoriasisCover = "psoriasis-cover"
}

/// The minimum age for SMP: UK law forbids it under 18; the Netherlands forbids it on the head
/// under 16, so one chain-wide policy of 18 is simplest.
public enum AgeCheck {
    public static let minimumAge = 18

    /// Whole years between `birth` and `on`.
    public static func age(born birth: LocalDate, on day: LocalDate) -> Int {
        var years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }
}
