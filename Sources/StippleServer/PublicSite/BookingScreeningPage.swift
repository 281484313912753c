import Foundation
import StippleCore
import StippleStore
import Vapor

/// The health questions before a consultation, from the booking's link, in the booking's
/// language: the clinic's screening questionnaire, then thanks and, kindly, what will be asked
/// at the consultation. The answers wait with the booking until it is put on a client record.
enum BookingScreeningPage {
    static func render(_ b: Booking, clinic: Clinic, zone: TimeZone, token: String, form: ScreeningForm = ScreeningForm(), base: String,
                       status: HTTPStatus = .ok) -> Response {
        let lang = SiteLanguage(b.language)
        let title = lang.t("Health questions", "Gezondheidsvragen")
        let meta = PublicPageLayout.Meta(title: "\(title) – \(clinic.name)", description: title, paths: nil, isPrivate: true)
        return PublicPageLayout.page(meta, lang: lang, base: base, status: status) {
            el("h1") { title }
            el("p", .class("stage")) {
                "\(BookingText.appointment(b.kind, b.language)): \(BookingText.when(b.startsAt, zone, b.language)), \(clinic.name)"
            }
            el("p") {
                lang.t("Before your consultation we need to know about your health, so the technician can tell you what is safe. "
                       + "Only the clinic's technicians read your answers.",
                       "Voor je consult moeten we iets weten over je gezondheid, zodat de behandelaar je kan vertellen wat veilig is. "
                       + "Alleen de behandelaars van de kliniek lezen je antwoorden.")
            }
            ScreeningQuestionsForm.render(form, language: b.language, action: PublicRoute.submitBookingScreening.path(token), csrf: nil)
        }
    }

    /// Thanks; what the consultation will ask about when an answer needs a doctor's word or rules
    /// the treatment out.
    static func thanks(_ b: Booking, clinic: Clinic, token: String, assessment: ScreeningAssessment?, base: String,
                       status: HTTPStatus = .ok) -> Response {
        let lang = SiteLanguage(b.language)
        let title = lang.t("Thank you", "Dank je wel")
        let meta = PublicPageLayout.Meta(title: "\(title) – \(clinic.name)", description: title, paths: nil, isPrivate: true)
        return PublicPageLayout.page(meta, lang: lang, base: base, status: status) {
            el("h1") { title }
            el("section", .id("screening-sent"), .init("role", "status")) {
                el("p") { lang.t("Your answers are with the clinic.", "Je antwoorden zijn bij de kliniek.") }
                if let assessment {
                    for block in assessment.contraindications { el("p") { block.clientMessage(b.language) } }
                    for kind in assessment.clearancesNeeded { el("p") { ScreeningPage.clearanceMessage(kind, b.language) } }
                }
            }
            el("p") { el("a", .href(PublicRoute.manage.path(token))) { lang.t("Back to your booking", "Terug naar je afspraak") } }
        }
    }
}
