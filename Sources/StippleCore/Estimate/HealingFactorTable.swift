

/// The healing estimate's assumptions in one table, versioned so every estimate can say which
/// table made it. **Every number here is an assumption to calibrate** against the clinics' own
/// check-in data: the domain brief ranks the evidence (age 65+, diabetes and immunosuppression
/// strong; anticoagulants, scalp psoriasis or eczema, keloids and scar tissue better than
/// weak; male sex, oily or thick skin weak), not the size of each effect. Effects are sized by
/// that rank: strong ×1.25–1.30, moderate ×1.10–1.20, weak ×1.02–1.10.
public enum HealingFactorTable {
    public static let version = "factors-2026.1"

    /// Days until the scalp is healed (no scabs, no redness) for a client with no factors:
    /// most likely 12, middle half 10 to 15. Chosen to agree with the brief (complete healing
    /// generally 7 days or more; scabs fall on days 6–10) and with the 10–14 days clinics
    /// commonly leave before a second session.
    public static let baseMostLikelyDays = 12.0
    public static let baseLowerDays = 10.0
    public static let baseUpperDays = 15.0
    /// No estimate goes below a week, the brief's floor for complete healing.
    public static let minimumDays = 7
    /// Each strong factor widens the middle half by this much, each moderate one by half of it:
    /// the more a client differs from the typical one, the less sure the estimate is.
    public static let uncertaintyPerStrongFactor = 0.08
    /// Male sex counts only from this age (the evidence shows it mainly in older men).
    public static let olderMaleFromAge = 50

    public static let effects: [HealingFactorEffect] = [
        .init(factor: .age65Plus, multiplier: 1.25, evidence: .strong,
              basis: "Wound healing slows with age; the brief's strongest factor with diabetes and immunosuppression."),
        .init(factor: .diabetes, multiplier: 1.30, evidence: .strong,
              basis: "Diabetes slows wound healing and raises infection risk."),
        .init(factor: .immunosuppression, multiplier: 1.30, evidence: .strong,
              basis: "A weakened immune system (medicines or illness) slows healing and raises infection risk."),
        .init(factor: .anticoagulants, multiplier: 1.10, evidence: .moderate,
              basis: "More bleeding during the session means heavier crusting."),
        .init(factor: .scalpPsoriasisOrEczema, multiplier: 1.20, evidence: .moderate,
              basis: "Active inflammation of the scalp skin delays its recovery."),
        .init(factor: .keloidHistory, multiplier: 1.10, evidence: .moderate,
              basis: "A tendency to keloids means an overactive healing response to watch."),
        .init(factor: .scarTissue, multiplier: 1.15, evidence: .moderate,
              basis: "Scar tissue has a poorer blood supply and takes pigment unevenly."),
        .init(factor: .olderMale, multiplier: 1.05, evidence: .weak,
              basis: "Men's scalp skin is thicker and oilier; shown mainly in older men, so it counts from 50."),
        .init(factor: .oilySkin, multiplier: 1.05, evidence: .weak,
              basis: "Sebum keeps the scalp harder to keep clean and dry."),
        .init(factor: .thickSkin, multiplier: 1.05, evidence: .weak,
              basis: "Thick skin is penetrated poorly by topical aftercare."),
        .init(factor: .darkerSkinType, multiplier: 1.05, evidence: .weak,
              basis: "Fitzpatrick V–VI carry more keloid and pigment-change risk; a small allowance for a slower, watched healing."),
        .init(factor: .largerArea, multiplier: 1.04, evidence: .weak,
              basis: "Per treated zone beyond the first: a bigger procedure takes longer to heal."),
        .init(factor: .shallowNeedle, multiplier: 0.95, evidence: .weak,
              basis: "Shallower work means less trauma."),
        .init(factor: .deepNeedle, multiplier: 1.10, evidence: .weak,
              basis: "Deeper work means more trauma and more bleeding."),
        .init(factor: .laterSession, multiplier: 0.95, evidence: .weak,
              basis: "Later sessions add fewer new dots per area than the first."),
        .init(factor: .hat, multiplier: 1.03, evidence: .weak,
              basis: "Friction from hats disturbs scabs."),
        .init(factor: .helmet, multiplier: 1.08, evidence: .weak,
              basis: "Helmets rub and trap sweat."),
        .init(factor: .sleepingPosition, multiplier: 1.03, evidence: .weak,
              basis: "Lying on the treated area rubs it against the pillow."),
        .init(factor: .aftercareLapses, multiplier: 1.05, evidence: .moderate,
              basis: "Per aftercare instruction not followed, up to four: the brief names adherence among the factors that decide healing time."),
        .init(factor: .scabsPicked, multiplier: 1.15, evidence: .moderate,
              basis: "Picked scabs reopen the skin and take pigment with them."),
    ]

    public static func effect(_ factor: HealingFactor) -> HealingFactorEffect {
        // Every case has exactly one row; a test enforces it.
        effects.first { $0.factor == factor }!
    }
}
