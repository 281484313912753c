import Foundation
import StippleCore
import StippleStore
import Vapor

/// The alert inbox: most severe and oldest first, each with a clock against its response
/// target, a button to acknowledge and a form to resolve with what was done.
enum AlertInboxPage {
    static func render(staff: StaffMember, csrf: String, alerts: [AlertRecord], clinics: [UUID: Clinic], now: Date,
                       showing: AlertRecord.Status?, mine: Bool, notice: String? = nil) -> Response {
        StaffPageLayout.page(title: "Alerts", staff: staff, csrf: csrf, current: .alerts) {
            el("h1") { showing == .resolved ? "Resolved alerts" : "Alerts to act on" }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p") { notice } } }
            el("p") {
                el("a", .href(StaffRoute.alerts.path())) { "Open and acknowledged" }
                " · "
                el("a", .href(StaffRoute.alerts.path() + "?mine=1")) { "Mine only" }
                " · "
                el("a", .href(StaffRoute.alerts.path() + "?status=resolved")) { "Resolved" }
            }
            if alerts.isEmpty {
                el("p", .id("no-alerts")) { mine ? "No alert for your clients." : "No alert here." }
            }
            for alert in alerts {
                card(alert, clinic: clinics[alert.clinicID], now: now, csrf: csrf)
            }
        }
    }

    /// What the client was told to do, so the technician who calls knows what they may have done.
    static func routeText(_ route: TriageRoute, clinic: Clinic?) -> String {
        switch route {
        case .emergency:
            "Emergency: the client was told to call \(clinic?.emergencyNumber ?? "the emergency number") now."
        case .urgentCare:
            "Urgent care: the client was told to see a doctor today (\(clinic?.urgentCareAdvice ?? "the clinic's urgent-care advice"))."
        }
    }

    static func card(_ a: AlertRecord, clinic: Clinic?, now: Date, csrf: String) -> HTMLNode {
        let tz = clinic.flatMap { TimeZone(identifier: $0.timeZone) } ?? .gmt
        return el("section", .class("tier tier-\(a.tier.rawValue)"), .id("alert-\(a.id)"), .aria("labelledby", "alert-title-\(a.id)")) {
            el("h2", .id("alert-title-\(a.id)")) {
                DashboardPage.tierBadge(a.tier)
                " "
                el("a", .href(StaffRoute.client.path(a.clientID))) { a.clientName }
                " · day \(a.day)"
            }
            if let route = a.route {
                el("p", .class("route")) { routeText(route, clinic: clinic) }
            }
            el("p") {
                "Opened \(time(a.openedAt, tz)). "
                el("span", attributes: [clockIsLate(a, now) ? .class("overdue") : nil]) { clock(a, now: now) }
                if let clinic { " · \(clinic.name)" }
            }
            switch a.status {
            case .open:
                el("form", .init("method", "post"), .init("action", StaffRoute.acknowledgeAlert.path(a.id))) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    el("button", .type("submit"), .class("small-button")) { "Acknowledge" }
                }
            case .acknowledged:
                el("p", .class("seen")) { "Acknowledged \(a.acknowledgedAt.map { time($0, tz) } ?? "")." }
            case .resolved:
                el("p") {
                    "Resolved \(a.resolvedAt.map { time($0, tz) } ?? ""): \(a.action.map(actionText) ?? "")."
                    if let note = a.note { " Note: \(note)" }
                }
            }
            if a.status != .resolved {
                el("form", .init("method", "post"), .init("action", StaffRoute.resolveAlert.path(a.id))) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    el("fieldset") {
                        el("legend") { "What was done" }
                        for action in AlertAction.allCases {
                            el("label") {
                                el("input", .type("radio"), .name("action"), .value(action.rawValue), .flag("required"))
                                actionText(action)
                            }
                        }
                    }
                    el("label", .for("note-\(a.id)")) { "Note (optional)" }
                    el("textarea", .id("note-\(a.id)"), .name("note"), .init("rows", "2"), .init("cols", "50"),
                       .init("maxlength", "2000"))
                    el("p") { el("button", .type("submit"), .class("small-button")) { "Resolve" } }
                }
            }
        }
    }

    static func actionText(_ action: AlertAction) -> String {
        switch action {
        case .calledClient: "Called the client"
        case .advisedGPOrPharmacist: "Advised GP or pharmacist"
        case .referred: "Referred"
        case .nothingNeeded: "Nothing needed"
        }
    }

    static func clockIsLate(_ a: AlertRecord, _ now: Date) -> Bool {
        a.status == .open && (a.dueBy.map { $0 <= now } ?? false)
    }

    /// The response target as a clock: red is due at once, amber by the end of the clinic's
    /// day, yellow at the next follow-up.
    static func clock(_ a: AlertRecord, now: Date) -> String {
        guard a.status != .resolved else { return "" }
        guard let due = a.dueBy else { return "Respond by the next follow-up." }
        if a.status == .acknowledged { return "Acknowledged within target: \(a.acknowledgedAt.map { $0 <= due } ?? false ? "yes" : "no")." }
        if due <= now {
            return a.tier == .red && now.timeIntervalSince(due) < 60 ? "Respond now." : "Overdue by \(duration(now.timeIntervalSince(due)))."
        }
        return "Due in \(duration(due.timeIntervalSince(now)))."
    }

    static func duration(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes < 60 { return "\(max(minutes, 1)) min" }
        let hours = minutes / 60
        if hours < 48 { return "\(hours) h \(minutes % 60) min" }
        return "\(hours / 24) days"
    }

    static func time(_ date: Date, _ tz: TimeZone) -> String { CalendarPage.format(date, tz, "d MMM, HH:mm") }
}
