import Foundation
import StippleCore
import StippleStore
import Vapor

/// One partner application: what the applicant wrote, its history (every move with who and
/// when), and the form to move it on, which names the Dutch four-week rule when it refuses.
enum PartnerApplicationPage {
    static func render(staff: StaffMember, csrf: String, application a: PartnerApplication, history: [PartnerStageChange], now: Date,
                       notice: String?, problem: String?, status: HTTPStatus = .ok) -> Response {
        let zone = PublicSiteController.headOffice
        return StaffPageLayout.page(title: a.fullName, staff: staff, csrf: csrf, current: .partners, status: status) {
            el("h1") { a.fullName }
            el("p", .class("clinic-name")) { "Partner application · \(a.stage.title)" }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p") { notice } } }
            if let problem {
                el("section", .class("error-summary"), .init("role", "alert")) { el("p", .class("error"), .id("move-problem")) { problem } }
            }
            el("section", .aria("labelledby", "applicant")) {
                el("h2", .id("applicant")) { "The applicant" }
                el("dl") {
                    for (term, value) in [("Email", a.email ?? "—"), ("Phone", a.phone ?? "—"), ("Where", "\(a.region), \(a.country)"),
                                          ("Experience", PartnerPage.experience(a.experience, .en)),
                                          ("Could invest", PartnerPage.investment(a.investment)),
                                          ("Applied", CalendarPage.dateTime(a.createdAt, zone)),
                                          ("First answer", a.firstResponseAt.map { CalendarPage.dateTime($0, zone) }
                                              ?? (a.overdue(at: now) ? "Overdue since " : "Due by ") + CalendarPage.dateTime(a.firstResponseDue, zone))] {
                        el("dt") { term }
                        el("dd") { value }
                    }
                }
                el("h3") { "Why" }
                el("p", .class("note")) { a.motivation }
            }
            el("section", .aria("labelledby", "move")) {
                el("h2", .id("move")) { "Move it on" }
                if a.country == "NL" {
                    el("p", .class("hint")) {
                        "The Netherlands: the agreement is signed at least four weeks after the disclosure was sent"
                        + (a.disclosureSentAt.map { " (sent \(CalendarPage.dateTime($0, zone)))." } ?? ".")
                    }
                }
                el("form", .init("method", "post"), .init("action", StaffRoute.movePartnerApplication.path(a.id))) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    el("label", .for("stage")) { "Stage" }
                    el("select", .id("stage"), .name("stage")) {
                        for stage in PartnerStage.allCases {
                            el("option", attributes: [.value(stage.rawValue), stage == a.stage ? .flag("selected") : nil]) { stage.title }
                        }
                    }
                    el("label", .for("note")) { "Note (optional)" }
                    el("textarea", .id("note"), .name("note"), .init("rows", "2"), .init("maxlength", "500")) { "" }
                    el("p") { el("button", .type("submit"), .class("small-button")) { "Save the stage" } }
                }
            }
            el("section", .aria("labelledby", "history")) {
                el("h2", .id("history")) { "History" }
                el("ol", .id("history-list")) {
                    for change in history {
                        el("li") {
                            "\(CalendarPage.dateTime(change.at, zone)): "
                            change.from.map { "\($0.title) → \(change.to.title)" } ?? "applied"
                            " · \(change.by ?? "the applicant")"
                            if let note = change.note { " · “\(note)”" }
                        }
                    }
                }
            }
        }
    }
}
