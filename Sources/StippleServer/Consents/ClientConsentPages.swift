import Foundation
import StippleCore
import StippleStore
import Vapor

/// The client's consents on their own phone: signing the documents after the questionnaire
/// (`/s/<token>/consents`), and seeing and withdrawing each one from their journey's page
/// (`/j/<token>/consents`), as easily as it was given.
enum ClientConsentPages {
    static func sign(client: ClientRecord, clinic: Clinic, token: String, documents: [ConsentDocument],
                     problem: String? = nil, field: String? = nil, typedName: String = "", status: HTTPStatus = .ok) -> Response {
        let language = client.preferredLanguage
        let title = ScreeningText.text(language, "Your consent", "Je toestemming")
        return ClientPageLayout.page(title: title, lang: language.rawValue, status: status) {
            el("h1") { title }
            el("p", .class("clinic-name")) { clinic.name }
            if documents.isEmpty {
                el("section", .id("nothing-to-sign")) {
                    el("p") { ScreeningText.text(language, "There is nothing left to sign. Thank you.", "Er is niets meer te ondertekenen. Dank je wel.") }
                }
            } else {
                el("p") {
                    ScreeningText.text(language,
                        "Read each document. Tick the ones you agree to: each is separate, and only treatment and your health information are needed for the treatment itself.",
                        "Lees elk document. Vink aan waarmee je akkoord gaat: elk staat los, en alleen de behandeling en je gezondheidsgegevens zijn nodig voor de behandeling zelf.")
                }
                ConsentDocumentsForm.render(documents, language: language, action: ClientRoute.signConsents.path(token), csrf: nil,
                                            problem: problem, field: field, typedName: typedName)
            }
        }
    }

    static func signed(client: ClientRecord, clinic: Clinic, kinds: [ConsentKind]) -> Response {
        let language = client.preferredLanguage
        let title = ScreeningText.text(language, "Signed", "Ondertekend")
        return ClientPageLayout.page(title: title, lang: language.rawValue) {
            el("h1") { title }
            el("p", .class("clinic-name")) { clinic.name }
            el("section", .id("consents-signed")) {
                el("p") { ScreeningText.text(language, "Thank you. You agreed to:", "Dank je wel. Je gaf toestemming voor:") }
                el("ul") { for kind in kinds { el("li") { ConsentDocumentText.title(kind, language) } } }
                el("p") {
                    ScreeningText.text(language, "You can withdraw each of them at any time from the page we send you after your session.",
                                       "Je kunt elk ervan op elk moment intrekken via de pagina die je na je sessie krijgt.")
                }
            }
        }
    }

    /// Where each consent stands, with a withdraw button beside each one given.
    static func journey(_ context: JourneyContext, token: String, records: [ConsentRecord], notice: String? = nil,
                        status: HTTPStatus = .ok) -> Response {
        let language = context.client.preferredLanguage
        let title = ScreeningText.text(language, "Your consents", "Je toestemmingen")
        let tz = context.timeZone
        return ClientPageLayout.page(title: title, lang: language.rawValue, status: status) {
            el("h1") { title }
            el("p", .class("clinic-name")) { context.clinic.name }
            if let notice { el("section", .init("role", "status")) { el("p", .id("notice")) { notice } } }
            el("section") {
                el("ul", .id("consent-states")) {
                    for kind in ConsentKind.allCases {
                        let latest = records.first { $0.kind == kind }
                        el("li") {
                            el("strong") { ConsentDocumentText.title(kind, language) }
                            ": "
                            if let latest, latest.given {
                                ScreeningText.text(language, "given on ", "gegeven op ")
                                LocalDate(latest.recordedAt, in: tz).text(language)
                                el("form", .init("method", "post"), .init("action", ClientRoute.withdrawConsent.path(token))) {
                                    el("input", .type("hidden"), .name("kind"), .value(kind.rawValue))
                                    el("button", .type("submit"), .class("button withdraw")) {
                                        ScreeningText.text(language, "Withdraw", "Intrekken")
                                    }
                                }
                            } else if latest != nil {
                                ScreeningText.text(language, "withdrawn", "ingetrokken")
                            } else {
                                ScreeningText.text(language, "not given", "niet gegeven")
                            }
                        }
                    }
                }
                el("p") {
                    ScreeningText.text(language, "To give a consent again, ask the clinic at your next visit.",
                                       "Wil je opnieuw toestemming geven, vraag het de kliniek bij je volgende bezoek.")
                }
                el("p") { el("a", .href(ClientRoute.today.path(token))) { ScreeningText.text(language, "Back to your page", "Terug naar je pagina") } }
            }
        }
    }
}
