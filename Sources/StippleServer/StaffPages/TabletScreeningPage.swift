import Foundation
import StippleCore
import StippleStore
import Vapor

/// The screening questionnaire on the clinic's tablet: staff open it from the record and hand
/// the tablet to the client, who answers in their own language and confirms with their name.
enum TabletScreeningPage {
    static func render(client: ClientRecord, staff: StaffMember, csrf: String, form: ScreeningForm = ScreeningForm(),
                       status: HTTPStatus = .ok) -> Response {
        let language = client.preferredLanguage
        return StaffPageLayout.page(title: "Screening: \(client.fullName)", staff: staff, csrf: csrf, current: .clients,
                                    status: status) {
            el("h1") { "Screening: \(client.fullName)" }
            el("p") {
                "Hand the tablet to the client: the questions are in "
                + (language == .nlNL ? "Dutch" : "English")
                + ", their language. They confirm with their full name. "
                el("a", .href(StaffRoute.client.path(client.id))) { "Back to the record" }
            }
            el("div", .lang(language.rawValue), .class("questionnaire")) {
                ScreeningQuestionsForm.render(form, language: language, action: StaffRoute.submitScreening.path(client.id),
                                              csrf: csrf)
            }
        }
    }
}
