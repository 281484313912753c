/// The answers to the screening questions a client answers before any treatment (the questions
/// themselves, in both languages, are `ScreeningQuestionnaire`). Bleeding disorders and blood
/// thinners must be disclosed (and cleared by the prescriber; the clinic never advises stopping a
/// medicine); the technician is warned before a session starts.
public struct ScreeningAnswers: Sendable, Equatable, Codable {
    public var bleedingDisorder: Bool
    /// An infection, open wound or broken skin on the scalp now.
    public var scalpInfectionOrWounds: Bool
    public var anticoagulants: Bool
    public var pregnantOrBreastfeeding: Bool
    public var keloidTendency: Bool
    public var diabetes: Bool
    /// Isotretinoin (Roaccutane) taken in the past 6 months.
    public var isotretinoin: Bool
    public var scalpPsoriasisOrEczema: Bool
    public var immunosuppressantsOrSteroids: Bool
    public var recentAntibiotics: Bool
    public var skinCancer: Bool
    /// Chemotherapy in progress.
    public var chemotherapy: Bool
    /// Free text; nil or empty when none.
    public var allergies: String?

    public init(
        bleedingDisorder: Bool = false, scalpInfectionOrWounds: Bool = false, anticoagulants: Bool = false, pregnantOrBreastfeeding: Bool = false,
        keloidTendency: Bool = false, diabetes: Bool = false, isotretinoin: Bool = false,
        scalpPsoriasisOrEczema: Bool = false, immunosuppressantsOrSteroids: Bool = false,
        recentAntibiotics: Bool = false, skinCancer: Bool = false, chemotherapy: Bool = false,
        allergies: String? = nil
    ) {
        self.bleedingDisorder = bleedingDisorder; self.scalpInfectionOrWounds = scalpInfectionOrWounds
        self.anticoagulants = anticoagulants
        self.pregnantOrBreastfeeding = pregnantOrBreastfeeding; self.keloidTendency = keloidTendency
        self.diabetes = diabetes; self.isotretinoin = isotretinoin
        self.scalpPsoriasisOrEczema = scalpPsoriasisOrEczema
        self.immunosuppressantsOrSteroids = immunosuppressantsOrSteroids
        self.recentAntibiotics = recentAntibiotics; self.skinCancer = skinCancer
        self.chemotherapy = chemotherapy; self.allergies = allergies
    }

    public static let fields: [String] = [
        "bleedingDisorder", "scalpInfectionOrWounds", "anticoagulants", "pregnantOrBreastfeeding", "keloidTendency", "diabetes",
        "isotretinoin", "scalpPsoriasisOrEczema", "immunosuppressantsOrSteroids", "recentAntibiotics",
        "skinCancer", "chemotherapy", "allergies",
    ]

    /// Each yes-or-no answer by its field name, for forms and the questionnaire.
    public static let flags: [String: WritableKeyPath<ScreeningAnswers, Bool> & Sendable] = [
        "bleedingDisorder": \.bleedingDisorder, "scalpInfectionOrWounds": \.scalpInfectionOrWounds,
        "anticoagulants": \.anticoagulants, "pregnantOrBreastfeeding": \.pregnantOrBreastfeeding,
        "keloidTendency": \.keloidTendency, "diabetes": \.diabetes, "isotretinoin": \.isotretinoin,
        "scalpPsoriasisOrEczema": \.scalpPsoriasisOrEczema, "immunosuppressantsOrSteroids": \.immunosuppressantsOrSteroids,
        "recentAntibiotics": \.recentAntibiotics, "skinCancer": \.skinCancer, "chemotherapy": \.chemotherapy,
    ]

    /// What the technician must see before starting a session, most serious first.
    public var warnings: [ScreeningWarning] {
        var out: [ScreeningWarning] = []
        if scalpInfectionOrWounds { out.append(.scalpInfectionOrWounds) }
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
            bleedingDisorder: try flag(.bleedingDisorder), scalpInfectionOrWounds: try flag(.scalpInfectionOrWounds),
            anticoagulants: try flag(.anticoagulants),
            pregnantOrBreastfeeding: try flag(.pregnantOrBreastfeeding), keloidTendency: try flag(.keloidTendency),
            diabetes: try flag(.diabetes), isotretinoin: try flag(.isotretinoin),
            scalpPsoriasisOrEczema: try flag(.scalpPsoriasisOrEczema),
            immunosuppressantsOrSteroids: try flag(.immunosuppressantsOrSteroids),
            recentAntibiotics: try flag(.recentAntibiotics), skinCancer: try flag(.skinCancer),
            chemotherapy: try flag(.chemotherapy), allergies: try c.decodeIfPresent(String.self, forKey: .allergies))
    }
}
