import Foundation
import StippleCore
import StippleStore
import Vapor

/// The screening part of a client's record. Staff with health access see the answers, what
/// rules treatment out, the clearances asked for (with a form for each still missing) and the
/// skin assessment; reception sees only whether the screening is complete, and sends the link.
enum ClientScreeningSection {
    /// A refused form of this section, with the field to show it at.
    struct Problem {
        var message: String
        var field: String?
        var clearance: ClearanceKind? = nil
    }

    static func render(_ d: ClientRecordPage.Data, staff: StaffMember, csrf: String, tz: TimeZone, problem: Problem?) -> HTMLNode {
        el("section", .aria("labelledby", "screening"), .id("screening-section")) {
            el("h2", .id("screening")) { "Screening" }
            if let problem, problem.clearance == nil {
                el("p", .class("warning"), .id("screening-problem"), .init("role", "alert")) { problem.message }
            }
            if let current = d.screening, let health = current.health, let assessment = current.assessment {
                completed(health.screening, names: d.staffNames, tz: tz)
                let bledSince = d.sessions.contains { $0.bleeding == .heavy && $0.startedAt > health.screening.completedAt }
                if BleedingReview.needed(excessiveBleeding: bledSince, screening: health.screening.response.answers) {
                    el("p", .class("warning"), .id("bleeding-review")) {
                        el("strong") { "Revisit the screening. " }
                        "A session since it was completed bled excessively, and it declares no bleeding disorder or blood thinner: "
                        + "go through the questions with the client again (a new screening clears this)."
                    }
                }
                verdict(assessment)
                clearances(current, d: d, csrf: csrf, tz: tz, problem: problem)
                answers(health)
                skin(health, d: d, csrf: csrf)
            } else if let at = d.screenedAt {
                el("p", .id("screening-status")) { "Completed \(CalendarPage.dateTime(at, tz)). The answers are for the technicians." }
            } else {
                el("p", .id("screening-status"), .class("warning")) { "Not completed yet: no session until it is." }
            }
            actions(d, staff: staff, csrf: csrf)
        }
    }

    private static func completed(_ s: ScreeningRecord, names: [UUID: String], tz: TimeZone) -> HTMLNode {
        let how = switch s.channel {
        case .link: "by the client on their phone"
        case .tablet: "by the client on the clinic's tablet" + (s.recordedBy.flatMap { names[$0] }.map { " with \($0)" } ?? "")
        case .staff: "entered by " + (s.recordedBy.flatMap { names[$0] } ?? "staff")
        }
        return el("p", .id("screening-status")) {
            "Completed \(CalendarPage.dateTime(s.completedAt, tz)) \(how)"
            if let name = s.confirmedName { ", confirmed with the typed name “\(name)”" }
            s.version == "0" ? "." : " (questionnaire \(s.version))."
        }
    }

    private static func verdict(_ a: ScreeningAssessment) -> HTMLNode {
        .fragment([
            a.contraindications.isEmpty ? .fragment([]) : el("ul", .id("contraindications")) {
                for c in a.contraindications { el("li", .class("warning")) { el("strong") { "Do not treat. " }; c.message } }
            },
            a.clearToTreat ? el("p", .id("screening-verdict")) { "Clear to treat." } : .fragment([]),
            a.notices.isEmpty ? .fragment([]) : el("ul", .id("screening-warnings")) {
                for w in a.notices { el("li", .class("warning")) { w.message } }
            },
        ])
    }

    private static func clearances(_ s: ClientScreening, d: ClientRecordPage.Data, csrf: String, tz: TimeZone,
                                   problem: Problem?) -> HTMLNode {
        guard let a = s.assessment, !a.clearancesNeeded.isEmpty else { return .fragment([]) }
        return el("div", .id("clearances")) {
            el("h3") { "Clearances" }
            for kind in a.clearancesNeeded {
                if let done = s.clearances.first(where: { $0.kind == kind }) {
                    el("p", .class("clearance")) {
                        el("strong") { "\(kind.title): " }
                        "recorded \(CalendarPage.dateTime(done.recordedAt, tz)) by \(done.recordedByName). Evidence: \(done.evidence)"
                    }
                } else {
                    el("form", .init("method", "post"), .init("action", StaffRoute.recordClearance.path(d.client.id)),
                       .class("stacked"), .id("clearance-\(kind.rawValue)")) {
                        StaffPageLayout.hidden("_csrf", csrf)
                        StaffPageLayout.hidden("kind", kind.rawValue)
                        el("p", .class("warning")) { el("strong") { "\(kind.title) needed. " }; kind.evidenceHint }
                        if let problem, problem.clearance == kind {
                            el("p", .class("warning"), .id("clearance-problem"), .init("role", "alert")) { problem.message }
                        }
                        el("label", .for("evidence-\(kind.rawValue)")) { "Evidence" }
                        el("textarea", .id("evidence-\(kind.rawValue)"), .name("evidence"), .init("rows", "3"),
                           .init("maxlength", "1000"), .flag("required")) { "" }
                        el("button", .type("submit")) { "Record the \(kind.title.lowercased())" }
                    }
                }
            }
        }
    }

    private static func answers(_ h: ClientHealth) -> HTMLNode {
        let q = ScreeningQuestionnaire.current, r = h.screening.response
        let yes = q.questions.filter { ScreeningAnswers.flags[$0.field].map { r.answers[keyPath: $0] } == true }
        return el("details", .id("screening-answers")) {
            el("summary") { "Answers" }
            el("dl") {
                item("Reason for treatment", q.conditions.first { $0.0 == r.condition }?.1.text(.enGB) ?? r.condition.rawValue)
                item("Sex", r.sex.flatMap { s in q.sexes.first { $0.0 == s }?.1.text(.enGB) } ?? "not given")
                item("Oily scalp", r.oilySkin ? "yes" : "no")
                item("Rubs the scalp", r.friction.isEmpty ? "nothing" : r.friction.compactMap { f in q.frictions.first { $0.0 == f }?.1.text(.enGB) }.joined(separator: "; "))
                item("Answered yes", yes.isEmpty ? "none" : yes.map { $0.text.text(.enGB) }.joined(separator: " · "))
                item("Allergies", r.answers.allergies?.isEmpty == false ? r.answers.allergies! : "none")
            }
        }
    }

    private static func skin(_ h: ClientHealth, d: ClientRecordPage.Data, csrf: String) -> HTMLNode {
        el("form", .init("method", "post"), .init("action", StaffRoute.assessSkin.path(d.client.id)), .class("filters"),
           .id("skin-form")) {
            StaffPageLayout.hidden("_csrf", csrf)
            DashboardPage.select("skinType", "Skin type (Fitzpatrick)",
                                 [("", "not assessed")] + (1...6).map { ("\($0)", "Type \($0)") },
                                 selected: h.skinType.map(String.init) ?? "")
            el("label") {
                el("input", attributes: [.type("checkbox"), .name("thickSkin"), .value("yes"), h.thickSkin ? .flag("checked") : nil])
                " Thick skin"
            }
            el("button", .type("submit"), .class("small-button")) { "Save the skin assessment" }
        }
    }

    private static func actions(_ d: ClientRecordPage.Data, staff: StaffMember, csrf: String) -> HTMLNode {
        let again = d.screenedAt != nil
        return el("div", .class("filters"), .id("screening-actions")) {
            el("form", .init("method", "post"), .init("action", StaffRoute.sendScreeningLink.path(d.client.id))) {
                StaffPageLayout.hidden("_csrf", csrf)
                el("button", .type("submit"), .class("small-button"), .id("send-screening-link")) {
                    again ? "Send a new screening link" : "Send the screening link"
                }
            }
            if staff.seesHealthData {
                el("a", .class("small-button"), .init("href", StaffRoute.screeningForm.path(d.client.id)), .id("screen-on-tablet")) {
                    again ? "Screen again on this tablet" : "Fill in with the client on this tablet"
                }
            }
        }
    }

    private static func item(_ term: String, _ value: String) -> HTMLNode {
        .fragment([el("dt") { term }, el("dd") { value }])
    }
}
