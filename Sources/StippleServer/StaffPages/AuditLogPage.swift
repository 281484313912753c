import Foundation
import StippleStore
import Vapor

/// The audit log for admins: filter by person, client, subject, action and dates; export as
/// CSV. There is nothing here, or anywhere in the product, that edits or deletes an event.
enum AuditLogPage {
    struct Filters {
        var staff: UUID?
        var client: UUID?
        var subject: AuditEvent.Subject?
        var action: AuditEvent.Action?
        var from: LocalDateText?
        var until: LocalDateText?
        var page = 1

        var query: String {
            var items: [String] = []
            if let staff { items.append("staff=\(staff)") }
            if let client { items.append("client=\(client)") }
            if let subject { items.append("subject=\(subject.rawValue)") }
            if let action { items.append("action=\(action.rawValue)") }
            if let from { items.append("from=\(from.text)") }
            if let until { items.append("until=\(until.text)") }
            return items.joined(separator: "&")
        }
    }

    /// A date as typed in a filter, with the instant it stands for (UTC midnight).
    struct LocalDateText {
        var text: String
        var instant: Date
    }

    static let pageSize = 100

    static func render(staff: StaffMember, csrf: String, events: [AuditEvent], filters: Filters, people: [StaffMember]) -> Response {
        StaffPageLayout.page(title: "Audit log", staff: staff, csrf: csrf, current: .audit) {
            el("h1") { "Audit log" }
            el("p") { "Every read and change of health data, every sign-in. Times in UTC. Nobody can edit or delete these lines." }
            el("form", .init("method", "get"), .init("action", StaffRoute.audit.path()), .class("filters"), .aria("label", "Filters")) {
                DashboardPage.select("staff", "Person", [("", "Anyone")] + people.map { ($0.id.uuidString, $0.name) },
                                     selected: filters.staff?.uuidString ?? "")
                DashboardPage.select("subject", "What", [("", "Anything")] + AuditEvent.Subject.allCases.map { ($0.rawValue, $0.rawValue) },
                                     selected: filters.subject?.rawValue ?? "")
                DashboardPage.select("action", "Action", [("", "Any")] + AuditEvent.Action.allCases.map { ($0.rawValue, $0.rawValue) },
                                     selected: filters.action?.rawValue ?? "")
                el("label") { "From"; el("br"); el("input", .type("date"), .name("from"), .value(filters.from?.text ?? "")) }
                el("label") { "Until (not included)"; el("br"); el("input", .type("date"), .name("until"), .value(filters.until?.text ?? "")) }
                if let client = filters.client { StaffPageLayout.hidden("client", client.uuidString) }
                el("button", .type("submit"), .class("small-button")) { "Show" }
            }
            el("p") { el("a", .href(StaffRoute.auditExport.path() + "?" + filters.query), .id("export")) { "Export these lines as CSV" } }
            el("table", .id("audit")) {
                el("thead") {
                    el("tr") { for h in ["When (UTC)", "Who", "Action", "What", "Client", "Detail", "From"] { el("th", .init("scope", "col")) { h } } }
                }
                el("tbody") {
                    for e in events {
                        el("tr") {
                            el("td") { String(e.at.formatted(.iso8601).dropLast()).replacingOccurrences(of: "T", with: " ") }
                            el("td") { e.actorName }
                            el("td") { e.action.rawValue }
                            el("td") { e.subject.rawValue }
                            el("td") {
                                if let client = e.clientID { el("a", .href(StaffRoute.client.path(client))) { "record" } }
                            }
                            el("td") { e.detail ?? "" }
                            el("td") { e.remoteAddress ?? "" }
                        }
                    }
                }
            }
            if events.isEmpty { el("p") { "No line matches these filters." } }
            el("nav", .class("pager"), .aria("label", "Pages")) {
                let base = StaffRoute.audit.path() + "?" + (filters.query.isEmpty ? "" : filters.query + "&")
                if filters.page > 1 { el("a", .href(base + "page=\(filters.page - 1)"), .init("rel", "prev")) { "Newer" } }
                el("span") { "Page \(filters.page)" }
                if events.count == pageSize { el("a", .href(base + "page=\(filters.page + 1)"), .init("rel", "next")) { "Older" } }
            }
        }
    }

    static let csvHeader = "id,at,actor_kind,staff_id,actor_name,action,subject,subject_id,client_id,clinic_id,detail,remote_address\r\n"

    static func csvLine(_ e: AuditEvent) -> String {
        let fields: [String] = [
            e.id.uuidString, e.at.formatted(.iso8601), e.actorKind.rawValue, e.staffID?.uuidString ?? "",
            e.actorName, e.action.rawValue, e.subject.rawValue, e.subjectID?.uuidString ?? "", e.clientID?.uuidString ?? "",
            e.clinicID?.uuidString ?? "", e.detail ?? "", e.remoteAddress ?? "",
        ]
        return CSVText.line(fields)
    }
}

/// Admins manage who can sign in: set a person's email and a new password (which ends their
/// sessions and lifts a lockout).
