import Foundation
import StippleCore
import StippleStore
import Vapor

/// A technician's week at their clinic: when they start and end each day and their break. The
/// booking site offers consultations with them only then, and only while the clinic is open.
/// Without a week of their own they work the clinic's opening hours. The clinic's lead
/// technician or an admin changes it; the rest of the team reads it.
enum TechnicianHoursPage {
    static let problemID = "hours-problem"

    static func render(staff: StaffMember, csrf: String, clinic: Clinic, technician: StaffMember, own: Bool, form: TechnicianHoursForm,
                       canEdit: Bool, notice: String? = nil, status: HTTPStatus = .ok) -> Response {
        StaffPageLayout.page(title: "\(technician.name): working hours", staff: staff, csrf: csrf, current: .clinics, status: status) {
            el("h1") { "\(technician.name): working hours" }
            el("p") {
                "At \(clinic.name), on the clinic's clock (\(clinic.timeZone)). Consultations are offered with \(technician.name) "
                    + "only in these hours, outside the break, and while the clinic is open."
            }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p", .id("notice")) { notice } } }
            if let problem = form.problem {
                el("div", .class("error-summary"), .init("role", "alert")) { el("p", .class("error"), .id(problemID)) { problem } }
            }
            el("p", .id("hours-source")) {
                own ? "\(technician.name) works the week below." : "\(technician.name) works the clinic's opening hours (shown below)."
            }
            el("form", .init("method", "post"), .init("action", StaffRoute.saveTechnicianHours.path(clinic.id, technician.id)),
               .class("stacked"), .id("hours")) {
                StaffPageLayout.hidden("_csrf", csrf)
                el("fieldset", attributes: [canEdit ? nil : .flag("disabled")]) {
                    el("legend") { "The week" }
                    el("p", .class("hint")) { "Leave a day's times empty for a day off, and the break's empty for none." }
                    el("table", .id("week")) {
                        el("thead") {
                            el("tr") { for h in ["Day", "Starts", "Ends", "Break from", "Break until"] { el("th", .init("scope", "col")) { h } } }
                        }
                        el("tbody") {
                            for day in OpeningHours.Weekday.allCases {
                                el("tr") {
                                    el("th", .init("scope", "row")) { day.title }
                                    for (end, word) in zip(TechnicianHoursForm.ends, ["starts", "ends", "break from", "break until"]) {
                                        let wrong = form.field == "\(end.hasPrefix("break") ? "breaks" : "workingHours").\(day.rawValue)"
                                        let name = TechnicianHoursForm.name(day, end)
                                        el("td") {
                                            el("input", attributes: [
                                                .type("time"), .name(name), .value(form[name]), .aria("label", "\(day.title) \(word)"),
                                                wrong ? .aria("invalid", "true") : nil, wrong ? .aria("describedby", problemID) : nil,
                                            ])
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if canEdit { el("button", .type("submit"), .class("big-button")) { "Save the week" } }
            }
            if canEdit && own {
                el("form", .init("method", "post"), .init("action", StaffRoute.resetTechnicianHours.path(clinic.id, technician.id))) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    el("button", .type("submit")) { "Work the clinic's opening hours instead" }
                }
            }
            el("p") { el("a", .href(StaffRoute.schedule.path(clinic.id))) { "Back to the clinic's schedule" } }
        }
    }

    /// "Mon 09:00–17:00 (break 12:30–13:00), Tue …", or the clinic's hours.
    static func summary(_ week: TechnicianHours?) -> String {
        guard let week else { return "the clinic's opening hours" }
        return OpeningHours.Weekday.allCases.compactMap { day -> String? in
            let periods = week.working.hours(day)
            guard !periods.isEmpty else { return nil }
            let pauses = week.breaks.hours(day).map { " (break \($0.text))" }.joined()
            return "\(day.title.prefix(3)) " + periods.map(\.text).joined(separator: ", ") + pauses
        }.joined(separator: "; ")
    }
}
