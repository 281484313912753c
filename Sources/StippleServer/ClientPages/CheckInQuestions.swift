import StippleCore

/// The check-in questionnaire as the client reads it: each engine field with its question and
/// answers in plain words. The scales follow the symptom score (0–3 items) of the engine.
struct CheckInQuestions: Sendable {
    struct Choice: Sendable {
        var field: String
        var question: String
        var hint: String?
        /// Value sent, and the words for it.
        var options: [(value: String, label: String)]
    }

    struct Tick: Sendable {
        var field: String
        var label: String
    }

    let language: Language
    private var nl: Bool { language == .nlNL }

    var choices: [Choice] {
        [
            Choice(field: "redness", question: nl ? "Hoe rood is het behandelde gebied?" : "How red is the treated area?",
                   options: [("0", nl ? "Niet rood" : "Not red"),
                             ("1", nl ? "Alleen rood waar de puntjes zitten" : "Red only where the dots are"),
                             ("2", nl ? "Rood tot ongeveer 2 cm buiten het behandelde gebied" : "Red up to about 2 cm beyond the treated area"),
                             ("3", nl ? "Verder rood, of rode strepen" : "Red further than that, or red streaks")]),
            Choice(field: "swelling", question: nl ? "Is er zwelling?" : "Is there any swelling?",
                   options: [("0", nl ? "Geen zwelling" : "No swelling"),
                             ("1", nl ? "Alleen het behandelde gebied" : "Only the treated area"),
                             ("2", nl ? "Het voorhoofd of rond de oren" : "The forehead or around the ears"),
                             ("3", nl ? "De oogleden of het gezicht" : "The eyelids or the face")]),
            Choice(field: "pain", question: nl ? "Hoeveel pijn heb je?" : "How much pain do you have?",
                   hint: nl ? "0 is geen pijn, 10 is de ergste pijn die je je kunt voorstellen."
                            : "0 is no pain, 10 is the worst pain you can imagine.",
                   options: (0...10).map { (String($0), String($0)) }),
            Choice(field: "heat", question: nl ? "Voelt het behandelde gebied warm aan?" : "Does the treated area feel warm to the touch?",
                   options: [("0", nl ? "Nee" : "No"), ("1", nl ? "Een beetje" : "Slightly"),
                             ("2", nl ? "Duidelijk warm" : "Clearly warm"), ("3", nl ? "Heet" : "Hot")]),
            Choice(field: "discharge", question: nl ? "Komt er iets uit het behandelde gebied?" : "Is anything coming from the treated area?",
                   options: [("none", nl ? "Niets" : "Nothing"),
                             ("clear", nl ? "Helder vocht" : "Clear fluid"),
                             ("bloody", nl ? "Vocht met wat bloed, of dikke korsten" : "Blood-tinged fluid, or thick crusts"),
                             ("cloudy", nl ? "Troebel, geel of groen vocht" : "Cloudy, yellow or green fluid")]),
        ]
    }

    var temperatureLabel: String {
        nl ? "Je temperatuur in °C, als je die hebt gemeten" : "Your temperature in °C, if you have measured it"
    }
    var temperatureHint: String { nl ? "Bijvoorbeeld 37,2. Laat leeg als je niet hebt gemeten." : "For example 37.2. Leave empty if you have not measured it." }

    var symptomsLegend: String { nl ? "Vink aan wat vandaag klopt" : "Tick what is true today" }
    var symptoms: [Tick] {
        [
            Tick(field: "scabs", label: nl ? "Er zitten korstjes" : "There are scabs"),
            Tick(field: "scabsPicked", label: nl ? "Ik heb korstjes eraf gekrabd of gepulkt" : "I picked or scratched off scabs"),
            Tick(field: "oozing", label: nl ? "Het lekt of blijft nat" : "It is weeping or oozing"),
            Tick(field: "foulSmell", label: nl ? "Het ruikt vies" : "It smells bad"),
            Tick(field: "spreadingRedness", label: nl ? "De roodheid breidt uit, of er zijn rode strepen" : "The redness is spreading, or there are red streaks"),
            Tick(field: "swellingNearEyes", label: nl ? "Zwelling bij mijn ogen of in mijn gezicht" : "Swelling near my eyes or in my face"),
            Tick(field: "itchyRaisedDots", label: nl ? "Puntjes jeuken of zijn verheven" : "Dots are itchy or raised"),
            Tick(field: "blurredDots", label: nl ? "Puntjes zien er vaag of blauwig uit" : "Dots look blurred or bluish"),
            Tick(field: "plaques", label: nl ? "Psoriasisplekken op de hoofdhuid" : "Psoriasis patches on my scalp"),
            Tick(field: "feelsUnwell", label: nl ? "Ik voel me niet lekker" : "I feel unwell"),
            Tick(field: "shivering", label: nl ? "Ik ril of heb koude rillingen" : "I am shivering or have chills"),
            Tick(field: "systemicSymptoms", label: nl ? "Ik ben verward of erg suf, mijn hart of ademhaling gaat snel, of mijn huid is bleek, blauw, grauw of vlekkerig"
                                                      : "I feel confused or very drowsy, my heart or breathing is fast, or my skin is pale, blue, grey or blotchy"),
            Tick(field: "breathingDifficulty", label: nl ? "Moeite met ademen, of een dikke lip, tong of keel" : "Trouble breathing, or a swollen lip, tongue or throat"),
        ]
    }

    var adherenceLegend: String { nl ? "Heb je sinds je vorige check-in…" : "Since your last check-in, did you…" }
    var adherence: [Tick] {
        [
            Tick(field: "washed", label: nl ? "je hoofdhuid nat gemaakt of gewassen" : "wet or wash your scalp"),
            Tick(field: "sweated", label: nl ? "gezweet (sport, sauna, zwaar werk)" : "sweat (gym, sauna, hard work)"),
            Tick(field: "sun", label: nl ? "je hoofdhuid onbedekt in de zon gehad" : "have your scalp in the sun without cover"),
            Tick(field: "hat", label: nl ? "een strakke of vuile pet, muts of helm gedragen" : "wear a tight or unwashed hat, cap or helmet"),
            Tick(field: "swimming", label: nl ? "gezwommen, of een stoombad of zonnebank gebruikt" : "swim, or use a steam room or sunbed"),
        ]
    }

    // Photos
    static func photoField(_ view: ScalpView) -> String { "photo-\(view.rawValue)" }
    var photosNotKept: String {
        nl ? "Je hebt (nog) geen toestemming gegeven om foto's in je dossier te bewaren, dus je kunt hier geen foto's sturen. Je check-in werkt gewoon. Wil je dat wel? Vraag het je kliniek."
           : "You have not agreed to photos being kept in your record, so you cannot send photos here. Your check-in works as usual. To change this, ask your clinic."
    }
    var photosLegend: String { nl ? "Foto's (mag, hoeft niet)" : "Photos (if you like)" }
    private var maxMB: Int { PhotoSanitizer.Limits().maxBytes / (1024 * 1024) }
    private var maxSide: Int { PhotoSanitizer.Limits().maxSide }

    var photosHint: String {
        nl ? "Tot vier foto's, JPEG of PNG, elk tot \(maxMB) MB. Neem ze bij daglicht, steeds op dezelfde manier. Locatiegegevens worden verwijderd."
           : "Up to four photos, JPEG or PNG, each up to \(maxMB) MB. Take them in daylight, the same way each time. Location data is removed."
    }
    func photoProblem(_ problem: PhotoSanitizer.Problem) -> String {
        switch problem {
        case .empty, .damaged:
            nl ? "Deze foto is onvolledig of beschadigd. Probeer het opnieuw." : "This photo is incomplete or damaged. Please try again."
        case .notJPEGOrPNG:
            nl ? "Dit bestand is geen JPEG- of PNG-foto." : "This file is not a JPEG or PNG photo."
        case .tooLarge:
            nl ? "Deze foto is groter dan \(maxMB) MB. Stuur een kleinere." : "This photo is larger than \(maxMB) MB. Please send a smaller one."
        case .dimensionsTooLarge:
            nl ? "Deze foto heeft te veel pixels (hoogstens \(maxSide) bij \(maxSide))."
               : "This photo has too many pixels (at most \(maxSide) by \(maxSide))."
        }
    }

    // Messages at a field
    var chooseOne: String { nl ? "Kies een antwoord." : "Choose one answer." }
    var temperatureNotANumber: String { nl ? "Vul een temperatuur in zoals 37,2, of laat het leeg." : "Enter a temperature like 37.2, or leave it empty." }
    var temperatureOutOfRange: String { nl ? "Vul een lichaamstemperatuur in van 30 tot 45 °C." : "Enter a body temperature from 30 to 45 °C." }
    var notAnOption: String { nl ? "Kies een van de antwoorden." : "Choose one of the answers." }

    var title: String { nl ? "Check-in" : "Check in" }
    var lead: String {
        nl ? "Beantwoord de vragen over vandaag. Je behandelaar ziet je antwoorden."
           : "Answer the questions about today. Your technician sees your answers."
    }
    var errorSummary: String { nl ? "Er ontbreekt nog iets" : "Something is missing" }
    var submit: String { nl ? "Versturen" : "Send" }
    var beforeSession: String { nl ? "Check-ins beginnen op de dag van je behandeling." : "Check-ins start on the day of your session." }
}
