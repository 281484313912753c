import StippleCore

struct CheckInResultText {
    let language: Language
    private var nl: Bool { language == .nlNL }

    var title: String { nl ? "Je check-in" : "Your check-in" }
    func headline(_ tier: TriageTier, route: TriageRoute?, emergencyNumber: String) -> String {
        if tier == .red, route == .urgentCare {
            return nl ? "Laat je vandaag door een arts zien" : "See a doctor today"
        }
        return switch tier {
        case .green: nl ? "Dit past bij normaal herstel" : "This looks like normal healing"
        case .yellow: nl ? "Je behandelaar is op de hoogte en kijkt ernaar bij je volgende afspraak"
                         : "Your technician has been told and will look at this at your next appointment"
        case .amber: nl ? "Je behandelaar is op de hoogte en kijkt er vandaag naar" : "Your technician has been told and will look at this today"
        case .red: nl ? "Bel nu \(emergencyNumber)" : "Call \(emergencyNumber) now"
        }
    }
    var why: String { nl ? "Waarom" : "Why" }
    var photos: String { nl ? "Je foto's" : "Your photos" }
    var notADecision: String {
        nl ? "Dit advies komt uit je antwoorden; een mens van je kliniek bekijkt het. Twijfel je, bel dan je kliniek."
           : "This advice comes from your answers; a person at your clinic looks at it. If in doubt, call your clinic."
    }
}
