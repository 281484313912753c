import Foundation
import StippleCore
import StippleStore
import Vapor

/// A clinic's days closed, its technicians' time off ahead and their working hours: the booking
/// site offers no time outside them. Its lead technician or an admin changes them; the rest of
/// the team reads.
enum SchedulePage {
    static func render(staff: StaffMember, csrf: String, clinic: Clinic, exceptions: [ScheduleException], technicians: [StaffMember],
                       hours: [UUID: TechnicianHours], canEdit: Bool, notice: String?, problem: String?, status: HTTPStatus = .ok) -> Response {
        let zone = (try? clinic.zone()) ?? .gmt
        return StaffPageLayout.page(title: "\(clinic.name): schedule", staff: staff, csrf: csrf, current: .clinics,
                                    status: status) {
            el("h1") { "\(clinic.name): schedule" }
            el("p") { "Days the clinic is closed, technicians' time off and their working hours, on the clinic's clock (\(clinic.timeZone)). No consultation can be booked outside them." }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p") { notice } } }
            if let problem {
                el("section", .class("error-summary"), .init("role", "alert")) { el("p", .class("error"), .id("schedule-problem")) { problem } }
            }
            el("section", .aria("labelledby", "ahead")) {
                el("h2", .id("ahead")) { "Ahead" }
                if exceptions.isEmpty { el("p") { "Nothing: the clinic keeps its week, and everyone is in." } }
                el("ul", .id("exceptions")) {
                    for e in exceptions {
                        el("li") {
                            switch e.kind {
                            case let .closure(date): "Closed on \(date.text(.enGB))"
                            case let .timeOff(_, name, range): "\(name) away " + away(range, zone)
                            }
                            if let reason = e.reason { " · \(reason)" }
                            if canEdit {
                                el("form", .init("method", "post"), .init("action", StaffRoute.removeScheduleException.path(clinic.id, e.id)),
                                   .class("inline")) {
                                    StaffPageLayout.hidden("_csrf", csrf)
                                    " "
                                    el("button", .type("submit"), .class("small-button")) { "Remove" }
                                }
                            }
                        }
                    }
                }
            }
            el("section", .aria("labelledby", "working-hours")) {
                el("h2", .id("working-hours")) { "Working hours" }
                el("ul", .id("technician-hours")) {
                    for t in technicians {
                        el("li") {
                            el("a", .href(StaffRoute.technicianHours.path(clinic.id, t.id))) { t.name }
                            ": \(TechnicianHoursPage.summary(hours[t.id]))"
                        }
                    }
                }
            }
            if canEdit {
                el("section", .aria("labelledby", "close")) {
                    el("h2", .id("close")) { "Close the clinic for a day" }
                    el("form", .init("method", "post"), .init("action", StaffRoute.addClosure.path(clinic.id)), .class("stacked")) {
                        StaffPageLayout.hidden("_csrf", csrf)
                        el("label", .for("closure-date")) { "Day" }
                        el("input", .type("date"), .id("closure-date"), .name("date"), .init("required", "required"))
                        el("label", .for("closure-reason")) { "Reason (optional, shown to staff)" }
                        el("input", .type("text"), .id("closure-reason"), .name("reason"), .init("maxlength", "200"))
                        el("button", .type("submit")) { "Close that day" }
                    }
                }
                el("section", .aria("labelledby", "away")) {
                    el("h2", .id("away")) { "Time off" }
                    el("form", .init("method", "post"), .init("action", StaffRoute.addTimeOff.path(clinic.id)), .class("stacked")) {
                        StaffPageLayout.hidden("_csrf", csrf)
                        el("label", .for("technician")) { "Technician" }
                        el("select", .id("technician"), .name("technician")) {
                            for t in technicians { el("option", .value(t.id.uuidString)) { t.name } }
                        }
                        el("label", .for("from")) { "First day away" }
                        el("input", .type("date"), .id("from"), .name("from"), .init("required", "required"))
                        el("label", .for("to")) { "Last day away" }
                        el("input", .type("date"), .id("to"), .name("to"), .init("required", "required"))
                        el("label", .for("away-reason")) { "Reason (optional)" }
                        el("input", .type("text"), .id("away-reason"), .name("reason"), .init("maxlength", "200"))
                        el("button", .type("submit")) { "Record the time off" }
                    }
                }
            }
        }
    }

    /// Whole days as days ("on Mon 30 Nov 2026", "from … to …"), anything else with its times.
    static func away(_ range: TimeRange, _ zone: TimeZone) -> String {
        let first = LocalDate(range.start, in: zone), last = LocalDate(range.end - 1, in: zone)
        guard first.start(in: zone) == range.start, last.adding(days: 1).start(in: zone) == range.end else {
            return "from \(CalendarPage.dateTime(range.start, zone)) to \(CalendarPage.dateTime(range.end, zone))"
        }
        return first == last ? "on \(first.text(.enGB))" : "from \(first.text(.enGB)) to \(last.text(.enGB))"
    }
}
