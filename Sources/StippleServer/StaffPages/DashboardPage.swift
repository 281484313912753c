import Foundation
import StippleCore
import StippleStore
import Vapor

/// Every client healing at the person's clinics, grouped by stage: day, last check-in, a
/// sparkline of the symptom score, tier, overdue check-ins and the next session.
enum DashboardPage {
    struct Filters {
        var clinic: UUID?
        var technician: UUID?
        /// A tier's name, or "none" for no check-in yet.
        var tier: String?
        var sort: DashboardQuery.Sort = .day
        var page = 1
    }

    struct Row {
        var row: DashboardRow
        var day: Int
        var stage: String
        var overdue: [Int]
        var scores: [Int]
        /// Where the next session falls in the client's plan: "session 2 of 3".
        var nextStep: String
    }

    static let pageSize = 50

    static func render(staff: StaffMember, csrf: String, rows: [Row], total: Int, filters: Filters,
                       clinics: [Clinic], technicians: [StaffMember]) -> Response {
        StaffPageLayout.page(title: "Healing clients", staff: staff, csrf: csrf, current: .dashboard) {
            el("h1") { "Healing clients" }
            el("form", .init("method", "get"), .init("action", StaffRoute.dashboard.path()), .class("filters"),
               .aria("label", "Filters")) {
                if staff.role == .admin {
                    select("clinic", "Clinic", [("", "All clinics")] + clinics.map { ($0.id.uuidString, $0.name) },
                           selected: filters.clinic?.uuidString ?? "")
                }
                select("technician", "Technician", [("", "All technicians")] + technicians.map { ($0.id.uuidString, $0.name) },
                       selected: filters.technician?.uuidString ?? "")
                select("tier", "Latest tier", [("", "Any"), ("red", "Red"), ("amber", "Amber"), ("yellow", "Yellow"),
                                               ("green", "Green"), ("none", "No check-in yet")],
                       selected: filters.tier ?? "")
                select("sort", "Sort by", [("day", "Stage (day)"), ("tier", "Tier, most severe first"),
                                           ("last-check-in", "Longest without a check-in"), ("name", "Name")],
                       selected: filters.sort.rawValue)
                el("button", .type("submit"), .class("small-button")) { "Show" }
            }
            el("p", .id("count")) { total == 1 ? "1 client healing" : "\(total) clients healing" }
            if rows.isEmpty {
                el("p") { "No client matches these filters." }
            } else if filters.sort == .day {
                // Grouped by stage: the rows come ordered by day, so each stage is one run.
                for group in groups(rows) {
                    el("section") {
                        el("h2") { group.stage }
                        table(group.rows)
                    }
                }
            } else {
                el("section") { table(rows) }
            }
            pager(filters: filters, total: total)
        }
    }

    private static func groups(_ rows: [Row]) -> [(stage: String, rows: [Row])] {
        var out: [(stage: String, rows: [Row])] = []
        for row in rows {
            if out.last?.stage == row.stage { out[out.count - 1].rows.append(row) } else { out.append((row.stage, [row])) }
        }
        return out
    }

    private static func table(_ rows: [Row]) -> HTMLNode {
        el("table") {
            el("thead") {
                el("tr") {
                    for h in ["Client", "Day", "Stage", "Latest check-in", "Symptom score", "Overdue check-ins", "Next session", "Technician"] {
                        el("th", .init("scope", "col")) { h }
                    }
                }
            }
            el("tbody") {
                for r in rows {
                    el("tr") {
                        el("td") { el("a", .href(StaffRoute.client.path(r.row.clientID))) { r.row.clientName } }
                        el("td") { String(r.day) }
                        el("td") { r.stage }
                        el("td") {
                            if let tier = r.row.lastTier, let day = r.row.lastCheckInDay {
                                tierBadge(tier)
                                " day \(day)"
                            } else {
                                el("span", .class("muted")) { "none yet" }
                            }
                        }
                        el("td") { sparkline(r.scores) }
                        el("td") {
                            if r.overdue.isEmpty {
                                el("span", .class("muted")) { "none" }
                            } else {
                                el("span", .class("overdue")) { "days " + r.overdue.map(String.init).joined(separator: ", ") }
                            }
                        }
                        el("td") {
                            el("span", .class("plan-step")) { r.nextStep }
                            el("br")
                            if let next = r.row.nextSessionAt {
                                LocalDate(next, in: TimeZone(identifier: r.row.timeZone) ?? .gmt).text(.enGB)
                            } else {
                                el("a", .href(StaffRoute.client.path(r.row.clientID) + "#book-\(r.row.journeyID)"),
                                   .aria("label", "Book the next session of \(r.row.clientName)")) { "Book" }
                            }
                        }
                        el("td") { r.row.technicianName ?? "" }
                    }
                }
            }
        }
    }

    static func tierBadge(_ tier: TriageTier) -> HTMLNode {
        el("span", .class("badge badge-\(tier.rawValue)")) { tier.rawValue }
    }

    /// The scores as a small line, highest score at the top; text for screen readers.
    static func sparkline(_ scores: [Int]) -> HTMLNode {
        guard !scores.isEmpty else { return el("span", .class("muted")) { "–" } }
        let recent = Array(scores.suffix(15))
        let width = 90.0, height = 24.0
        let top = Double(max(recent.max() ?? 1, 1))
        let step = recent.count > 1 ? width / Double(recent.count - 1) : 0
        let points = recent.enumerated().map { i, s in
            "\(Int((Double(i) * step).rounded())),\(Int((height - 2 - Double(s) / top * (height - 4)).rounded()))"
        }.joined(separator: " ")
        return el("svg", .init("width", "90"), .init("height", "24"), .init("viewBox", "0 0 90 24"), .init("role", "img"),
                  .aria("label", "Symptom scores: " + recent.map(String.init).joined(separator: ", "))) {
            el("polyline", .init("points", points), .init("fill", "none"), .init("stroke", "#0b57a4"), .init("stroke-width", "2"))
        }
    }

    static func select(_ name: String, _ label: String, _ options: [(String, String)], selected: String) -> HTMLNode {
        el("label") {
            label
            el("br")
            el("select", .name(name)) {
                for (value, text) in options {
                    el("option", attributes: [.value(value), value == selected ? .flag("selected") : nil]) { text }
                }
            }
        }
    }

    private static func pager(filters: Filters, total: Int) -> HTMLNode {
        let pages = max(1, (total + pageSize - 1) / pageSize)
        func link(_ page: Int) -> String {
            var items = ["sort=\(filters.sort.rawValue)", "page=\(page)"]
            if let c = filters.clinic { items.append("clinic=\(c)") }
            if let t = filters.technician { items.append("technician=\(t)") }
            if let t = filters.tier { items.append("tier=\(t)") }
            return StaffRoute.dashboard.path() + "?" + items.joined(separator: "&")
        }
        return el("nav", .class("pager"), .aria("label", "Pages")) {
            if filters.page > 1 { el("a", .href(link(filters.page - 1)), .init("rel", "prev")) { "Previous page" } }
            el("span") { "Page \(filters.page) of \(pages)" }
            if filters.page < pages { el("a", .href(link(filters.page + 1)), .init("rel", "next")) { "Next page" } }
        }
    }
}
