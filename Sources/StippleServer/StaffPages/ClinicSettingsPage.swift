import Foundation
import StippleCore
import StippleStore
import Vapor

/// A clinic's settings: how clients reach it and are advised in an emergency, when its messages
/// go out, how fast alerts are answered, the protocol it follows and its opening hours. Its
/// staff read them; an admin changes them (every change in the audit log).
enum ClinicSettingsPage {
    static let problemID = "settings-problem"

    static func render(staff: StaffMember, csrf: String, clinic: Clinic, form: ClinicSettingsForm, protocolVersions: [String],
                       notice: String? = nil, status: HTTPStatus = .ok) -> Response {
        let editable = staff.role == .admin
        return StaffPageLayout.page(title: "\(clinic.name) settings", staff: staff, csrf: csrf, current: .clinics, status: status) {
            el("h1") { "\(clinic.name): settings" }
            el("p") { "Times are on the clinic's clock (\(clinic.timeZone)). "
                + (editable ? "Every change is kept in the audit log." : "An admin changes these.") }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p", .id("notice")) { notice } } }
            if let problem = form.problem {
                el("div", .class("error-summary"), .init("role", "alert")) { el("p", .class("error"), .id(problemID)) { problem } }
            }
            el("form", .init("method", "post"), .init("action", StaffRoute.saveClinicSettings.path(clinic.id)), .class("stacked"),
               .id("settings")) {
                StaffPageLayout.hidden("_csrf", csrf)
                el("fieldset", attributes: [editable ? nil : .flag("disabled")]) {
                    el("legend") { "Reaching the clinic, and emergencies" }
                    FormControls.input("phone", "Phone", form["phone"], type: "tel", required: false, maxLength: 30,
                                       problemField: form.field, problemID: problemID)
                    FormControls.input("email", "Email", form["email"], type: "email", required: false, maxLength: 254,
                                       problemField: form.field, problemID: problemID)
                    FormControls.input("emergencyNumber", "Emergency number", form["emergencyNumber"], maxLength: 6,
                                       problemField: form.field, problemID: problemID, hint: "Given with every red advice: 999 in the UK, 112 in the Netherlands.")
                    textarea("urgentCareAdvice", "Urgent-care advice (a fever, fast-spreading redness: same day, not an emergency call)",
                             form["urgentCareAdvice"], maxLength: UrgentCareAdvice.maximumLength, form: form)
                    FormControls.select("protocolVersion", "Aftercare protocol", protocolVersions.map { ($0, "Version \($0)") },
                                        selected: form["protocolVersion"], problemField: form.field, problemID: problemID)
                }
                el("fieldset", attributes: [editable ? nil : .flag("disabled")]) {
                    el("legend") { "Reminders to clients" }
                    hourSelect("sendHour", "Healing reminders at", form: form)
                    hourSelect("missedHour", "“We have not heard from you” at", form: form)
                    hourSelect("quietFrom", "Quiet from", form: form)
                    hourSelect("quietUntil", "Quiet until", form: form)
                }
                el("fieldset", attributes: [editable ? nil : .flag("disabled")]) {
                    el("legend") { "Answering alerts" }
                    FormControls.input("redMinutes", "Red alerts within (minutes; 0 is at once)", form["redMinutes"], type: "number",
                                       maxLength: nil, problemField: form.field == "alertTargets.redMinutes" ? "redMinutes" : nil,
                                       problemID: problemID)
                    FormControls.input("amberHours", "Amber alerts within (hours; empty is by the end of the clinic's day)",
                                       form["amberHours"], type: "number", required: false, maxLength: nil,
                                       problemField: form.field == "alertTargets.amberHours" ? "amberHours" : nil, problemID: problemID)
                    FormControls.input("yellowDays", "Yellow alerts within (days; empty is at the next follow-up)",
                                       form["yellowDays"], type: "number", required: false, maxLength: nil,
                                       problemField: form.field == "alertTargets.yellowDays" ? "yellowDays" : nil, problemID: problemID)
                }
                el("fieldset", attributes: [editable ? nil : .flag("disabled")]) {
                    el("legend") { "Opening hours" }
                    el("p", .class("hint")) { "Leave a day's times empty when the clinic is closed; a second period is for a lunch break." }
                    el("table", .id("opening-hours")) {
                        el("thead") {
                            el("tr") {
                                for h in ["Day", "Opens", "Closes", "Opens again", "Closes"] { el("th", .init("scope", "col")) { h } }
                            }
                        }
                        el("tbody") {
                            for day in OpeningHours.Weekday.allCases {
                                let wrong = form.field == "openingHours.\(day.rawValue)"
                                el("tr") {
                                    el("th", .init("scope", "row")) { day.title }
                                    for period in 1...ClinicSettingsForm.periods {
                                        for (end, word) in [("opens", "opens"), ("closes", "closes")] {
                                            let name = ClinicSettingsForm.name(day, period, end)
                                            el("td") {
                                                el("input", attributes: [
                                                    .type("time"), .name(name), .value(form[name]),
                                                    .aria("label", "\(day.title) \(period == 1 ? "" : "after the break ")\(word)"),
                                                    wrong ? .aria("invalid", "true") : nil, wrong ? .aria("describedby", problemID) : nil,
                                                ])
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                if editable { el("button", .type("submit"), .class("big-button")) { "Save the settings" } }
            }
            el("p") { el("a", .href(StaffRoute.consentDocuments.path(clinic.id))) { "The clinic's consent documents" } }
        }
    }

    private static func hourSelect(_ name: String, _ label: String, form: ClinicSettingsForm) -> HTMLNode {
        FormControls.select(name, label, (0...23).map { ("\($0)", OpeningHours.clock($0 * 60)) }, selected: form[name],
                            problemField: form.field == "reminders.\(name)" ? name : nil, problemID: problemID)
    }

    private static func textarea(_ name: String, _ label: String, _ value: String, maxLength: Int, form: ClinicSettingsForm) -> HTMLNode {
        let wrong = form.field == name
        return el("p") {
            el("label", .for(name)) { label }
            el("br")
            el("textarea", attributes: [.id(name), .name(name), .init("rows", "3"), .init("cols", "60"),
                                        .init("maxlength", String(maxLength)), .flag("required"),
                                        wrong ? .aria("invalid", "true") : nil, wrong ? .aria("describedby", problemID) : nil]) { value }
        }
    }
}
