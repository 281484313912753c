import StippleCore

/// The words of the client pages around the protocol's own texts, in each language a clinic
/// can choose. Written for a worried reader on a phone: short, plain, no jargon.
struct ClientPageText: Sendable {
    let language: Language
    private var nl: Bool { language == .nlNL }

    var htmlLang: String { nl ? "nl" : "en-GB" }
    var pageTitle: String { nl ? "Je herstel" : "Your healing" }
    func dayHeading(_ day: Int) -> String { nl ? "Dag \(day) na je behandeling" : "Day \(day) since your session" }
    func beforeSession(_ date: String) -> String { nl ? "Je behandeling is op \(date)." : "Your session is on \(date)." }
    var normalToday: String { nl ? "Wat vandaag normaal is" : "What is normal today" }
    var doNow: String { nl ? "Doe nu" : "Do now" }
    var avoidNow: String { nl ? "Vermijd nu" : "Avoid now" }
    var nothingToAvoid: String { nl ? "Niets bijzonders meer." : "Nothing special any more." }
    var whatComesNext: String { nl ? "Wat komt er hierna" : "What comes next" }
    func nextStage(_ title: String, day: Int, date: String) -> String {
        nl ? "\(title): vanaf dag \(day) (\(date))." : "\(title): from day \(day) (\(date))."
    }
    func nextCheckIn(day: Int, date: String) -> String {
        nl ? "Volgende check-in: dag \(day) (\(date))." : "Next check-in: day \(day) (\(date))."
    }
    /// "Your treatment plan: Session 2 of 3, from Tue 15 Dec."
    func planNext(_ step: String) -> String {
        nl ? "Je behandelplan: \(step)." : "Your treatment plan: \(step)."
    }
    var healedNext: String {
        nl ? "Je hoofdhuid is hersteld. Je kliniek neemt contact op over de volgende sessie."
           : "Your scalp has healed. Your clinic will be in touch about the next session."
    }
    var checkInTitle: String { nl ? "Hoe gaat het met je hoofdhuid?" : "How is your scalp today?" }
    var checkInLead: String {
        nl ? "Een check-in duurt twee minuten. Je behandelaar ziet je antwoorden."
           : "A check-in takes two minutes. Your technician sees your answers."
    }
    var checkInButton: String { nl ? "Nu inchecken" : "Check in now" }
    func lastCheckIn(day: Int) -> String { nl ? "Je laatste check-in (dag \(day))" : "Your last check-in (day \(day))" }
    var timeline: String { nl ? "Je hersteltijdlijn" : "Your healing timeline" }
    var today: String { nl ? "vandaag" : "today" }
    func dayRange(_ start: Int, _ end: Int?) -> String {
        guard let end else { return nl ? "vanaf dag \(start)" : "from day \(start)" }
        return nl ? "dag \(start)–\(end)" : "days \(start)–\(end)"
    }
    var estimate: String { nl ? "Wanneer je hersteld bent" : "When you can expect to be healed" }
    var clinic: String { nl ? "Je kliniek" : "Your clinic" }
    var clinicLead: String {
        nl ? "Vragen of zorgen? Je behandelaar is altijd je eerste aanspreekpunt."
           : "Questions or worries? Your technician is always your first contact."
    }
    var phone: String { nl ? "Telefoon" : "Phone" }
    var email: String { nl ? "E-mail" : "Email" }
    var emergency: String { nl ? "Spoed of noodgeval" : "Urgent care or an emergency" }
    /// Fever and its kin go to same-day urgent care, not to the emergency number.
    func urgentCareText(feverC: Double, advice: String) -> String {
        let fever = feverC.formatted1
        return nl
            ? "Koorts van \(fever) °C of hoger, rillingen, of roodheid die snel uitbreidt: je moet vandaag door een arts gezien worden. \(advice)"
            : "A fever of \(fever) °C or more, shivering, or redness spreading fast: you need to see a doctor today. \(advice)"
    }
    func emergencyText(_ number: String) -> String {
        nl ? "Verward of erg suf, een snelle hartslag of ademhaling, een bleke, blauwe of vlekkerige huid, moeite met ademen, of een dikke lip, tong of keel: bel nu \(number)."
           : "Confused or very drowsy, a fast heartbeat or breathing, pale, blue or blotchy skin, trouble breathing, or a swollen lip, tongue or throat: call \(number) now."
    }
    func call(_ number: String) -> String { nl ? "Bel \(number)" : "Call \(number)" }
    func seen(_ date: String) -> String {
        nl ? "Je kliniek heeft dit gezien (\(date))." : "Your clinic has seen this (\(date))."
    }
    var history: String { nl ? "Eerdere check-ins en foto's" : "Earlier check-ins and photos" }
    var backToToday: String { nl ? "Terug naar vandaag" : "Back to today" }
    var consents: String { nl ? "Je toestemmingen bekijken of intrekken" : "See or withdraw your consents" }

    // Too many check-ins in an hour
    var tooManyTitle: String { nl ? "Even wachten met inchecken" : "Please wait before checking in again" }
    func tooManyText(minutes: Int) -> String {
        nl ? "Er zijn het afgelopen uur veel check-ins via deze link gestuurd. Je kunt over \(minutes) minuten weer inchecken; je eerdere check-ins zijn bewaard."
           : "Many check-ins were sent from this link in the past hour. You can check in again in \(minutes) minutes; your earlier check-ins are saved."
    }
    func tooManyUrgent(_ number: String) -> String {
        nl ? "Maak je je zorgen? Bel je kliniek. Bij een noodgeval: bel \(number)."
           : "Worried? Call your clinic. In an emergency, call \(number)."
    }

    // The link page
    var linkNotValidTitle: String { "This link is not valid · Deze link is niet geldig" }
    var linkNotValidEN: String {
        "This link does not work (any more). Links end when a new one is sent or after some months. Ask your clinic for a new link."
    }
    var linkNotValidNL: String {
        "Deze link werkt niet (meer). Een link stopt als er een nieuwe is gestuurd of na een aantal maanden. Vraag je kliniek om een nieuwe link."
    }
}

extension Double {
    /// One decimal, with a point: "38.0".
    var formatted1: String {
        let tenths = (self * 10).rounded()
        let whole = Int(tenths) / 10
        let fraction = abs(Int(tenths) % 10)
        return "\(whole).\(fraction)"
    }
}
