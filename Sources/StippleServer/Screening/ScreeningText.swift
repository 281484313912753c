import Foundation
import StippleCore
import StippleStore

/// The words around the screening questionnaire, in the client's language.
enum ScreeningText {
    /// The message that carries the link.
    static func invitation(client: ClientRecord, clinic: Clinic, days: Int) -> (subject: String, body: String) {
        let first = client.firstName
        switch client.preferredLanguage {
        case .enGB:
            return ("Your health questions before treatment",
                    "Hello \(first),\n\nBefore your treatment at \(clinic.name), please answer a few health questions. "
                    + "It takes about five minutes. The link below is yours alone and works for \(days) days.")
        case .nlNL:
            return ("Je gezondheidsvragen vóór de behandeling",
                    "Hoi \(first),\n\nBeantwoord vóór je behandeling bij \(clinic.name) een paar vragen over je gezondheid. "
                    + "Het duurt ongeveer vijf minuten. De link hieronder is alleen voor jou en werkt \(days) dagen.")
        }
    }

    static func text(_ language: Language, _ en: String, _ nl: String) -> String { language == .nlNL ? nl : en }
}
