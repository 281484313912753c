/// Where a clinic's clients get same-day urgent care that is not an emergency call. Each clinic
/// keeps its own as a setting; these are the defaults by country (ISO 3166-1 alpha-2), in the
/// clinic's language.
public enum UrgentCareAdvice {
    /// The most text a clinic may set: two or three sentences a client reads in a hurry.
    public static let maximumLength = 300

    public static func forCountry(_ code: String, language: Language) -> String {
        let nl = language == .nlNL
        switch code.uppercased() {
        case "GB", "UK":
            // England's route; a clinic in Scotland sets NHS 24 on 111, in Wales NHS 111 Wales.
            return nl ? "Bel NHS 111 of vraag je huisarts (GP) om een spoedafspraak vandaag."
                      : "Call NHS 111 or ask your GP for an urgent appointment today."
        case "JE":
            return nl ? "Bel nu je huisarts (GP), of vraag advies bij de spoedeisende hulp van het ziekenhuis."
                      : "Call your GP now, or the hospital's emergency department for advice."
        case "NL":
            return nl ? "Bel nu je huisarts, of buiten kantoortijden de huisartsenpost."
                      : "Call your huisarts (GP) now, or the huisartsenpost outside office hours."
        default:
            return nl ? "Neem vandaag nog contact op met je huisarts of een spoedpost."
                      : "Contact your GP or an urgent care service today."
        }
    }
}
