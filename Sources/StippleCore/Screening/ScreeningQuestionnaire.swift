/// The screening questionnaire a client answers before treatment, in every language the chain
/// speaks. Its version is stored with every completed screening, so what a client answered can
/// always be read against the questions they saw.
public struct ScreeningQuestionnaire: Sendable {
    /// A yes-or-no question, one field of `ScreeningAnswers`.
    public struct Question: Sendable {
        public var field: String
        public var text: LocalizedText
    }

    public var version: String
    public var questions: [Question]
    public var allergies: LocalizedText
    public var condition: LocalizedText
    public var conditions: [(HairLossCondition, LocalizedText)]
    public var sex: LocalizedText
    public var sexes: [(ClientFactors.Sex, LocalizedText)]
    public var oilySkin: LocalizedText
    public var friction: LocalizedText
    public var frictions: [(FrictionRisk, LocalizedText)]
    /// What typing one's name under the answers means.
    public var confirmation: LocalizedText

    /// The questionnaire clients answer today.
    public static let current = ScreeningQuestionnaire(
        version: "2026-12",
        questions: [
            Question(field: "scalpInfectionOrWounds", text: t(
                "Do you have an infection, an open wound or broken skin on your scalp at the moment?",
                "Heb je op dit moment een infectie, een open wond of beschadigde huid op je hoofdhuid?")),
            Question(field: "chemotherapy", text: t(
                "Are you having chemotherapy at the moment?",
                "Krijg je op dit moment chemotherapie?")),
            Question(field: "bleedingDisorder", text: t(
                "Do you have a bleeding disorder, such as haemophilia or von Willebrand disease?",
                "Heb je een stollingsstoornis, zoals hemofilie of de ziekte van Von Willebrand?")),
            Question(field: "anticoagulants", text: t(
                "Do you take blood-thinning medicine (for example warfarin, apixaban, rivaroxaban, clopidogrel or daily aspirin)?",
                "Gebruik je bloedverdunners (bijvoorbeeld acenocoumarol, apixaban, rivaroxaban, clopidogrel of dagelijks aspirine)?")),
            Question(field: "isotretinoin", text: t(
                "Have you taken isotretinoin (Roaccutane) in the past 6 months?",
                "Heb je in de afgelopen 6 maanden isotretinoïne (Roaccutane) gebruikt?")),
            Question(field: "keloidTendency", text: t(
                "Do you get raised, thick scars (keloids) after cuts or piercings?",
                "Krijg je verdikte, bolle littekens (keloïd) na wondjes of piercings?")),
            Question(field: "pregnantOrBreastfeeding", text: t(
                "Are you pregnant or breastfeeding?",
                "Ben je zwanger of geef je borstvoeding?")),
            Question(field: "diabetes", text: t("Do you have diabetes?", "Heb je diabetes?")),
            Question(field: "scalpPsoriasisOrEczema", text: t(
                "Do you have psoriasis or eczema on your scalp at the moment?",
                "Heb je op dit moment psoriasis of eczeem op je hoofdhuid?")),
            Question(field: "immunosuppressantsOrSteroids", text: t(
                "Do you take medicine that lowers your immune system, or steroid tablets?",
                "Gebruik je medicijnen die je afweer onderdrukken, of prednison of andere corticosteroïden als tablet?")),
            Question(field: "recentAntibiotics", text: t(
                "Have you taken antibiotics in the past 4 weeks?",
                "Heb je in de afgelopen 4 weken antibiotica gebruikt?")),
            Question(field: "skinCancer", text: t(
                "Have you ever had skin cancer?",
                "Heb je ooit huidkanker gehad?")),
        ],
        allergies: t("Allergies (medicines, anaesthetics, metals, inks), if any",
                     "Allergieën (medicijnen, verdoving, metalen, inkt), als je die hebt"),
        condition: t("What is the reason for your treatment?", "Waarvoor wil je behandeld worden?"),
        conditions: [
            (.patternBaldness, t("Pattern baldness", "Erfelijke kaalheid")),
            (.recedingHairline, t("A receding hairline", "Terugwijkende haarlijn")),
            (.thinning, t("Thinning hair", "Dunner wordend haar")),
            (.alopecia, t("Alopecia", "Alopecia")),
            (.scars, t("Scars", "Littekens")),
            (.psoriasisCover, t("Covering psoriasis marks", "Psoriasisplekken camoufleren")),
        ],
        sex: t("Sex (it changes how quickly skin heals; you may leave it out)",
               "Geslacht (het beïnvloedt hoe snel de huid geneest; je mag het openlaten)"),
        sexes: [(.male, t("Male", "Man")), (.female, t("Female", "Vrouw")), (.other, t("Other", "Anders"))],
        oilySkin: t("Is the skin on your scalp oily?", "Is de huid van je hoofdhuid vet?"),
        friction: t("Which of these rub your scalp?", "Wat daarvan schuurt langs je hoofdhuid?"),
        frictions: [
            (.hat, t("A hat or cap most days", "Bijna elke dag een pet of hoed")),
            (.helmet, t("A helmet (cycling, motorbike, work)", "Een helm (fiets, motor, werk)")),
            (.sleepingPosition, t("Sleeping on the treated area", "Slapen op het behandelde deel")),
        ],
        confirmation: t("By typing your full name you confirm that these answers are true and complete.",
                        "Door je volledige naam te typen bevestig je dat deze antwoorden juist en volledig zijn."))

    private static func t(_ en: String, _ nl: String) -> LocalizedText { LocalizedText([.enGB: en, .nlNL: nl]) }
}
