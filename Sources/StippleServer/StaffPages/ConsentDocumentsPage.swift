import Foundation
import StippleCore
import StippleStore
import Vapor

/// A clinic's consent documents: the current version of each in each language, with its text,
/// and for a lead technician or an admin a form to publish a new version, which asks every
/// client to consent again at their next visit.
enum ConsentDocumentsPage {
    struct Form {
        var kind = ""
        var language = ""
        var title = ""
        var body = ""
        var problem: String?
        var field: String?
    }

    static let problemID = "document-problem"

    static func render(staff: StaffMember, csrf: String, clinic: Clinic, documents: [ConsentDocument], form: Form = Form(),
                       notice: String? = nil, status: HTTPStatus = .ok) -> Response {
        let tz = TimeZone(identifier: clinic.timeZone) ?? .gmt
        let current = Dictionary(grouping: documents) { "\($0.kind.rawValue)/\($0.language.rawValue)" }
            .compactMapValues { $0.max { $0.version < $1.version } }
        return StaffPageLayout.page(title: "\(clinic.name) consent documents", staff: staff, csrf: csrf, current: .clinics,
                                    status: status) {
            el("h1") { "\(clinic.name): consent documents" }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p", .id("notice")) { notice } } }
            for kind in ConsentKind.allCases {
                el("section", .aria("labelledby", "doc-\(kind.rawValue)")) {
                    el("h2", .id("doc-\(kind.rawValue)")) { kind.title }
                    for language in Language.allCases {
                        if let d = current["\(kind.rawValue)/\(language.rawValue)"] {
                            el("details", .id("doc-\(kind.rawValue)-\(language.rawValue)")) {
                                el("summary") {
                                    "\(language == .nlNL ? "Nederlands" : "English"): “\(d.title)”, version \(d.version), "
                                    + "since \(CalendarPage.dateTime(d.createdAt, tz))"
                                }
                                for paragraph in d.body.components(separatedBy: "\n\n") { el("p") { paragraph } }
                            }
                        }
                    }
                }
            }
            if ConsentDocuments.mayEdit(staff) {
                el("section", .aria("labelledby", "new-version")) {
                    el("h2", .id("new-version")) { "Publish a new version" }
                    el("p") { "Every client is asked to consent again at their next visit; what they signed before stays as signed." }
                    if let problem = form.problem {
                        el("div", .class("error-summary"), .init("role", "alert")) { el("p", .class("error"), .id(problemID)) { problem } }
                    }
                    el("form", .init("method", "post"), .init("action", StaffRoute.addConsentDocument.path(clinic.id)), .class("stacked"),
                       .id("new-document")) {
                        StaffPageLayout.hidden("_csrf", csrf)
                        FormControls.select("kind", "Document", [("", "Choose the document")] + ConsentKind.allCases.map { ($0.rawValue, $0.title) },
                                            selected: form.kind, problemField: form.field, problemID: problemID)
                        FormControls.select("language", "Language", [("en-GB", "English"), ("nl-NL", "Nederlands")],
                                            selected: form.language.isEmpty ? clinic.language.rawValue : form.language,
                                            problemField: form.field, problemID: problemID)
                        FormControls.input("title", "Title", form.title, maxLength: 200, problemField: form.field, problemID: problemID)
                        let wrong = form.field == "body"
                        el("p") {
                            el("label", .for("body")) { "The whole text the client reads and signs (a blank line between paragraphs)" }
                            el("br")
                            el("textarea", attributes: [.id("body"), .name("body"), .init("rows", "12"), .init("cols", "70"),
                                                        .init("maxlength", "10000"), .flag("required"),
                                                        wrong ? .aria("invalid", "true") : nil,
                                                        wrong ? .aria("describedby", problemID) : nil]) { form.body }
                        }
                        el("button", .type("submit"), .class("small-button")) { "Publish this version" }
                    }
                }
            }
        }
    }
}
