import Foundation

/// Triage reasons in plain words, in each language Stipple speaks. Written for a worried client
/// on a phone: what was seen, and why it matters.
public enum TriageText {
    public static func reason(_ f: TriageFinding, language: Language, protocol p: AftercareProtocol) -> String {
        let nl = language == .nlNL
        let value = f.value.map { number($0, language) } ?? ""
        let previous = f.previous.map { number($0, language) } ?? ""
        switch f.rule {
        case .fever:
            return nl ? "Een temperatuur van \(value) °C is koorts (vanaf \(previous) °C)."
                      : "A temperature of \(value) °C is a fever (from \(previous) °C)."
        case .shivering:
            return nl ? "Rillingen kunnen wijzen op een infectie die zich door het lichaam verspreidt."
                      : "Shivering can mean an infection is spreading through the body."
        case .systemicSymptoms:
            return nl ? "Verwardheid of sufheid, een snelle hartslag of ademhaling, of een bleke, blauwe of vlekkerige huid kunnen tekenen van sepsis zijn."
                      : "Confusion or drowsiness, a fast heartbeat or breathing, or pale, blue or blotchy skin can be signs of sepsis."
        case .breathingDifficulty:
            return nl ? "Moeite met ademen of een gezwollen lip, tong of keel kan een ernstige allergische reactie zijn."
                      : "Trouble breathing or a swollen lip, tongue or throat can be a severe allergic reaction."
        case .rapidlySpreadingRedness:
            return nl ? "De roodheid breidt zich snel uit (van \(previous) naar \(value) op de schaal van 0 tot 3)."
                      : "The redness is spreading fast (from \(previous) to \(value) on the 0 to 3 scale)."
        case .swellingNearEyesOrFace:
            return nl ? "Zwelling tot aan de oogleden of in het gezicht moet vandaag bekeken worden."
                      : "Swelling that reaches the eyelids or face needs to be seen today."
        case .spreadingRedness:
            return nl ? "Roodheid buiten het behandelde gebied of rode strepen kunnen wijzen op een infectie."
                      : "Redness spreading beyond the treated area, or red streaks, can be a sign of infection."
        case .cloudyDischarge:
            return nl ? "Troebel, geel of groen vocht (pus) kan wijzen op een infectie."
                      : "Cloudy, yellow or green fluid (pus) can be a sign of infection."
        case .foulSmell:
            return nl ? "Een vieze geur van het behandelde gebied kan wijzen op een infectie."
                      : "A bad smell from the treated area can be a sign of infection."
        case .oozingAfterFirstDays:
            return nl ? "Vocht dat na de eerste dagen nog uit de huid komt, kan wijzen op een infectie."
                      : "Fluid still oozing after the first days can be a sign of infection."
        case .rednessWorse:
            return nl ? "De roodheid is erger dan bij je vorige check-in (\(previous) → \(value)); na de eerste dagen hoort die af te nemen."
                      : "The redness is worse than at your last check-in (\(previous) → \(value)); after the first days it should fade."
        case .swellingWorse:
            return nl ? "De zwelling is erger dan bij je vorige check-in (\(previous) → \(value)); na de eerste dagen hoort die af te nemen."
                      : "The swelling is worse than at your last check-in (\(previous) → \(value)); after the first days it should go down."
        case .heatWorse:
            return nl ? "De huid voelt warmer dan bij je vorige check-in (\(previous) → \(value))."
                      : "The skin feels warmer than at your last check-in (\(previous) → \(value))."
        case .painWorse:
            return nl ? "De pijn is erger dan bij je vorige check-in (\(previous) → \(value) van 10); na de eerste dagen hoort die af te nemen."
                      : "The pain is worse than at your last check-in (\(previous) → \(value) out of 10); after the first days it should ease."
        case .scoreRise:
            return nl ? "Je klachtenscore is gestegen van \(previous) naar \(value) van 18; na de eerste dagen hoort die te dalen."
                      : "Your symptom score rose from \(previous) to \(value) out of 18; after the first days it should fall."
        case .higherRiskClient:
            let factors = f.detail.compactMap(HigherRiskFactor.init(rawValue:)).map { riskFactor($0, language) }
            let list = factors.joined(separator: nl ? ", " : ", ")
            return nl ? "Omdat bij jou een hoger risico geldt (\(list)), moet een teken van infectie vandaag bekeken worden."
                      : "Because you have a higher risk (\(list)), any sign of infection needs to be seen today."
        case .highScoreAfterFirstDays:
            return nl ? "Je klachtenscore is \(value) van 18 op dag \(f.day); rond deze tijd is die meestal lager."
                      : "Your symptom score is \(value) out of 18 on day \(f.day); by now it is usually lower."
        case .lingeringScabs:
            return nl ? "Op dag \(f.day) zijn er nog korstjes; die zijn meestal rond dag 10 weg."
                      : "There are still scabs on day \(f.day); they have usually gone by about day 10."
        case .lingeringSymptoms:
            return nl ? "Na vier weken zijn er nog klachten; je technicus kijkt ernaar."
                      : "Symptoms are still there after four weeks; your technician will look at them."
        case .foreheadSwellingLingering:
            return nl ? "Zwelling van het voorhoofd is de eerste dagen gewoon, maar hoort nu af te nemen."
                      : "Forehead swelling is common in the first days but should be going down by now."
        case .itchyRaisedDots:
            return nl ? "Jeukende of verheven puntjes kunnen een reactie op het pigment zijn."
                      : "Itchy or raised dots can be a reaction to the pigment."
        case .plaques:
            return f.detail.contains("psoriasis")
                ? (nl ? "Plaques op de hoofdhuid kunnen een opvlamming van je psoriasis zijn."
                      : "Plaques on the scalp can be a flare of your psoriasis.")
                : (nl ? "Nieuwe plaques op de hoofdhuid moeten bekeken worden."
                      : "New plaques on the scalp should be looked at.")
        case .blurredDots:
            return nl ? "Vervagende puntjes of een blauwige tint kunnen betekenen dat het pigment uitloopt."
                      : "Blurring dots or a bluish tint can mean the pigment is spreading under the skin."
        case .scabsPicked:
            return nl ? "Afgepulkte korstjes kunnen littekens of plekken zonder kleur geven; je technicus controleert dat."
                      : "Picked scabs can leave scars or gaps in the colour; your technician will check."
        case .aftercareNotFollowed:
            let item = p.aftercare.first { $0.id == f.detail.first }
            let instruction = item?.text(language) ?? ""
            return nl ? "Let op je nazorg: \(instruction)" : "Mind your aftercare: \(instruction)"
        case .expectedForStage:
            return nl ? "Wat je beschrijft past bij dag \(f.day) van normaal herstel."
                      : "What you describe is expected on day \(f.day) of normal healing."
        }
    }

    static func riskFactor(_ f: HigherRiskFactor, _ language: Language) -> String {
        let nl = language == .nlNL
        switch f {
        case .age: return nl ? "leeftijd" : "age"
        case .diabetes: return nl ? "diabetes" : "diabetes"
        case .immunosuppressed: return nl ? "verminderde afweer" : "a weakened immune system"
        case .anticoagulants: return nl ? "bloedverdunners" : "blood thinners"
        }
    }

    /// Whole numbers without decimals, others with one, with the language's decimal mark.
    static func number(_ x: Double, _ language: Language) -> String {
        let text = x == x.rounded() ? String(Int(x)) : String(format: "%.1f", x)
        return language == .nlNL ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
