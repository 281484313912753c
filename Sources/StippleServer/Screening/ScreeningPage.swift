import Foundation
import StippleCore
import StippleStore
import Vapor

/// The screening questionnaire on the client's own phone, under their private link (`/s/`),
/// and what they see once it is sent: thanks, and, kindly, anything that means waiting.
enum ScreeningPage {
    static func render(client: ClientRecord, clinic: Clinic, token: String, form: ScreeningForm = ScreeningForm(),
                       status: HTTPStatus = .ok) -> Response {
        let language = client.preferredLanguage
        let title = ScreeningText.text(language, "Health questions", "Gezondheidsvragen")
        return ClientPageLayout.page(title: title, lang: language.rawValue, status: status) {
            el("h1") { title }
            el("p", .class("clinic-name")) { clinic.name }
            el("p") {
                ScreeningText.text(language,
                    "Before treatment we need to know about your health, so it is safe. Only the clinic's technicians read your answers.",
                    "Voor een veilige behandeling moeten we iets weten over je gezondheid. Alleen de behandelaars van de kliniek lezen je antwoorden.")
            }
            ScreeningQuestionsForm.render(form, language: language, action: ClientRoute.submitScreening.path(token), csrf: nil)
        }
    }

    static func thanks(client: ClientRecord, clinic: Clinic, assessment: ScreeningAssessment, token: String) -> Response {
        let language = client.preferredLanguage
        let title = ScreeningText.text(language, "Thank you", "Dank je wel")
        return ClientPageLayout.page(title: title, lang: language.rawValue) {
            el("h1") { title }
            el("p", .class("clinic-name")) { clinic.name }
            el("section", .id("screening-sent")) {
                el("p") { ScreeningText.text(language, "Your answers are with the clinic.", "Je antwoorden zijn bij de kliniek.") }
                for block in assessment.contraindications { el("p") { block.clientMessage(language) } }
                for kind in assessment.clearancesNeeded { el("p") { clearanceMessage(kind, language) } }
            }
            el("section", .id("next-consents")) {
                el("h2") { ScreeningText.text(language, "Next: your consent", "Volgende stap: je toestemming") }
                el("p") {
                    ScreeningText.text(language, "Read the consent documents and sign the ones you agree to, now or before your session.",
                                       "Lees de toestemmingsdocumenten en onderteken wat je goed vindt, nu of vóór je sessie.")
                }
                el("a", .class("button"), .href(ClientRoute.consents.path(token))) {
                    ScreeningText.text(language, "Read and sign", "Lezen en ondertekenen")
                }
                if let phone = clinic.phone {
                    el("p") {
                        ScreeningText.text(language, "Questions? Call the clinic: ", "Vragen? Bel de kliniek: ")
                        el("a", .href("tel:" + ClientPageParts.dialable(phone))) { phone }
                    }
                }
            }
        }
    }

    /// What a clearance means for the client: the clinic asks; they never stop a medicine on our word.
    static func clearanceMessage(_ kind: ClearanceKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.prescriber, .enGB):
            "Because of your answer about bleeding or blood thinners, the clinic will ask the doctor who prescribes your medicine to agree to the treatment first. Keep taking your medicines as prescribed."
        case (.prescriber, .nlNL):
            "Vanwege je antwoord over bloedingen of bloedverdunners vraagt de kliniek eerst toestemming aan de arts die je medicijnen voorschrijft. Blijf je medicijnen gebruiken zoals voorgeschreven."
        case (.clinicianReview, .enGB):
            "Because you took isotretinoin recently, a clinician will look at your skin before the treatment."
        case (.clinicianReview, .nlNL):
            "Omdat je kort geleden isotretinoïne gebruikte, bekijkt een arts eerst je huid."
        case (.testPatch, .enGB):
            "Because you tend to get raised scars, the clinic will first place a small test patch and see how it heals."
        case (.testPatch, .nlNL):
            "Omdat je snel bolle littekens krijgt, zet de kliniek eerst een kleine testplek en kijkt hoe die geneest."
        }
    }
}
