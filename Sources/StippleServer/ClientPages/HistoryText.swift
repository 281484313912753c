import StippleCore

struct HistoryText {
    let language: Language
    private var nl: Bool { language == .nlNL }

    var title: String { nl ? "Eerdere check-ins" : "Earlier check-ins" }
    var none: String { nl ? "Je hebt nog niet ingecheckt." : "You have not checked in yet." }
    var curveTitle: String { nl ? "Je klachtenscore" : "Your symptom score" }
    var curveHint: String {
        nl ? "De lijn is je score per dag (0 tot 18). Het groene vlak is wat bij normaal herstel op die dag nog past."
           : "The line is your score for each day (0 to 18). The green area is what normal healing still allows on that day."
    }
    func curveLabel(_ points: [(day: Int, score: Int)]) -> String {
        let list = points.map { nl ? "dag \($0.day): \($0.score)" : "day \($0.day): \($0.score)" }.joined(separator: ", ")
        return (nl ? "Klachtenscore per dag: " : "Symptom score by day: ") + list
    }
    var checkIns: String { nl ? "Je check-ins" : "Your check-ins" }
    var photos: String { nl ? "Foto's per aanzicht" : "Photos by view" }
    func day(_ d: Int) -> String { nl ? "dag \(d)" : "day \(d)" }
    func line(day: Int, date: String, tier: TriageTier, score: Int) -> String {
        let word: String = switch (tier, nl) {
        case (.green, false): "normal healing"
        case (.yellow, false): "to look at at your next appointment"
        case (.amber, false): "your technician looks at it today"
        case (.red, false): "emergency"
        case (.green, true): "normaal herstel"
        case (.yellow, true): "bekijken bij je volgende afspraak"
        case (.amber, true): "je behandelaar kijkt er vandaag naar"
        case (.red, true): "noodgeval"
        }
        return nl ? "Dag \(day) (\(date)): score \(score) van 18, \(word)" : "Day \(day) (\(date)): score \(score) of 18, \(word)"
    }
}
