import Foundation
import StippleCore
import StippleStore
import Vapor

/// The consent documents on the clinic's tablet: staff open it from the record and hand the
/// tablet to the client, who reads each document in their language, ticks what they agree to
/// and signs with their typed name.
enum ConsentSigningPage {
    static func render(client: ClientRecord, documents: [ConsentDocument], staff: StaffMember, csrf: String,
                       problem: String? = nil, field: String? = nil, typedName: String = "", status: HTTPStatus = .ok) -> Response {
        let language = client.preferredLanguage
        return StaffPageLayout.page(title: "Consents: \(client.fullName)", staff: staff, csrf: csrf, current: .clients,
                                    status: status) {
            el("h1") { "Consents: \(client.fullName)" }
            el("p") {
                "Hand the tablet to the client: the documents are in " + (language == .nlNL ? "Dutch" : "English")
                + ". Each is separate; treatment and health data are needed before a session. "
                el("a", .href(StaffRoute.client.path(client.id))) { "Back to the record" }
            }
            if documents.isEmpty {
                el("p", .id("nothing-to-sign")) { "Every consent is current: nothing to sign." }
            } else {
                el("div", .lang(language.rawValue), .class("questionnaire")) {
                    ConsentDocumentsForm.render(documents, language: language, action: StaffRoute.signConsents.path(client.id),
                                                csrf: csrf, problem: problem, field: field, typedName: typedName)
                }
            }
        }
    }
}
