import Foundation
import StippleCore
import StippleStore
import Vapor

/// The treatment plan on a client's record: the plan, each session held against it, what comes
/// next and from when, and a form to change the number of sessions or the touch-up.
enum TreatmentPlanSection {
    static func render(_ d: ClientRecordPage.Data, csrf: String, now: Date, protocol p: AftercareProtocol,
                       problem: String?) -> HTMLNode {
        let plan = d.plan?.plan ?? .standard(p.plan)
        let tz = TimeZone(identifier: d.clinic.timeZone) ?? .gmt
        return el("section", .aria("labelledby", "plan"), .id("plan-section")) {
            el("h2", .id("plan")) { "Treatment plan" }
            el("p", .id("plan-summary")) {
                TreatmentPlans.summary(plan) + ", then a top-up every \(p.plan.topUpFromYears)–\(p.plan.topUpToYears) years. "
                if let stored = d.plan {
                    "Set by \(d.staffNames[stored.setBy] ?? "a former colleague") \(CalendarPage.dateTime(stored.setAt, tz))."
                } else {
                    "The protocol's default: nobody has set this client's plan yet."
                }
            }
            if !d.sessions.isEmpty {
                el("ul", .id("plan-held")) {
                    for s in d.sessions.sorted(by: { $0.sessionNumber < $1.sessionNumber }) {
                        let step = plan.step(s.sessionNumber).label.text(.enGB)
                        el("li") { "\(step.prefix(1).uppercased() + step.dropFirst()): held \(CalendarPage.dateTime(s.startedAt, tz))" }
                    }
                }
            }
            el("p", .id("plan-next")) {
                if let latest = d.journeys.first {
                    let decision = latest.spacing(now: now, protocol: p, requested: nil)
                    "Next: " + latest.nextStep(p).text(from: decision.earliestDate, .enGB) + "."
                    if let booked = d.followUps[latest.journey.id] {
                        " Booked for \(CalendarPage.dateTime(booked.startsAt, tz))."
                    }
                } else {
                    "Next: " + plan.step(1).label.text(.enGB) + ", when the screening and consents allow."
                }
            }
            if let problem {
                el("p", .class("error"), .id("plan-problem"), .init("role", "alert")) { problem }
            }
            el("form", .init("method", "post"), .init("action", StaffRoute.setPlan.path(d.client.id)), .class("filters"),
               .id("plan-form")) {
                StaffPageLayout.hidden("_csrf", csrf)
                DashboardPage.select("sessions", "Sessions in the plan",
                                     p.plan.sessionRange.map { ("\($0)", "\($0) sessions") }, selected: "\(plan.sessions)")
                el("label") {
                    el("input", attributes: [.type("checkbox"), .name("touchUp"), .value("yes"), plan.touchUp ? .flag("checked") : nil])
                    " A touch-up \(p.plan.touchUpFromDays / 7)–\(p.plan.touchUpToDays / 7) weeks after the last session"
                }
                el("button", .type("submit"), .class("small-button")) { "Save the plan" }
            }
        }
    }
}
