import Foundation
import StippleCore
import StippleStore
import Vapor

/// The partner pipeline, for admins: every application with its stage, and the first-response
/// clock (one working day) — overdue ones first.
enum PartnersPage {
    static func render(staff: StaffMember, csrf: String, applications: [PartnerApplication], stage: PartnerStage?, now: Date) -> Response {
        let zone = PublicSiteController.headOffice
        let sorted = applications.filter { $0.overdue(at: now) } + applications.filter { !$0.overdue(at: now) }
        return StaffPageLayout.page(title: "Partner applications", staff: staff, csrf: csrf, current: .partners) {
            el("h1") { "Partner applications" }
            el("form", .init("method", "get"), .init("action", StaffRoute.partners.path()), .class("filters"),
               .aria("label", "Applications by stage")) {
                DashboardPage.select("stage", "Stage", [("", "Every stage")] + PartnerStage.allCases.map { ($0.rawValue, $0.title) },
                                     selected: stage?.rawValue ?? "")
                el("button", .type("submit"), .class("small-button")) { "Show" }
            }
            if sorted.isEmpty {
                el("p") { "No application." }
            } else {
                el("table") {
                    el("thead") {
                        el("tr") { for h in ["Applicant", "Where", "Stage", "First answer"] { el("th", .init("scope", "col")) { h } } }
                    }
                    el("tbody") {
                        for a in sorted {
                            el("tr", .id("application-\(a.id)")) {
                                el("td") { el("a", .href(StaffRoute.partnerApplication.path(a.id))) { a.fullName } }
                                el("td") { "\(a.region), \(a.country)" }
                                el("td") { a.stage.title }
                                el("td") {
                                    if let at = a.firstResponseAt {
                                        "Answered \(CalendarPage.dateTime(at, zone))"
                                    } else if a.overdue(at: now) {
                                        el("strong", .class("warning")) { "Overdue since \(CalendarPage.dateTime(a.firstResponseDue, zone))" }
                                    } else if a.stage == .new {
                                        "Due by \(CalendarPage.dateTime(a.firstResponseDue, zone))"
                                    } else {
                                        "—"
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
