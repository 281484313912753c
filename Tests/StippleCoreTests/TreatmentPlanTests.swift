import Foundation
import Testing
@testable import StippleCore

@Suite struct TreatmentPlanTests {
    let settings = defaultProtocol.plan

    @Test func theDefaultPlanIsThreeSessionsAndATouchUp() {
        let plan = TreatmentPlan.standard(settings)
        #expect(plan == TreatmentPlan(sessions: 3, touchUp: true))
        #expect(plan.length == 4)
        #expect(plan.step(1) == .session(number: 1, of: 3))
        #expect(plan.step(3) == .session(number: 3, of: 3))
        #expect(plan.step(4) == .touchUp(number: 4))
        #expect(plan.step(5) == .topUp(number: 5))
    }

    @Test func withoutATouchUpThePlanEndsWithItsLastSession() {
        let plan = TreatmentPlan(sessions: 2, touchUp: false)
        #expect(plan.length == 2)
        #expect(plan.step(2) == .session(number: 2, of: 2))
        #expect(plan.step(3) == .topUp(number: 3))
    }

    @Test(arguments: [(1, false), (2, true), (3, true), (4, true), (5, false)])
    func aPlanHoldsTwoToFourSessions(sessions: Int, valid: Bool) {
        let result = Result { () throws(FieldError) in try TreatmentPlan.validated(sessions: sessions, touchUp: true, settings: settings) }
        switch result {
        case .success(let plan): #expect(valid && plan.sessions == sessions)
        case .failure(let error):
            #expect(!valid)
            #expect(error.field == "sessions")
            #expect(error.message == "must be from 2 to 4, got \(sessions)")
        }
    }

    @Test func withinThePlanTheProtocolsSpacingHolds() {
        let plan = TreatmentPlan.standard(settings)
        let last = date("2026-11-20")
        #expect(plan.spacingRule(forSession: 2, after: last, protocol: defaultProtocol).minDays == 7)
        #expect(plan.spacingRule(forSession: 3, after: last, protocol: defaultProtocol).minDays == 28)
        // A four-session plan's fourth is a session, under the protocol's last rule.
        let four = TreatmentPlan(sessions: 4, touchUp: true)
        #expect(four.spacingRule(forSession: 4, after: last, protocol: defaultProtocol).label.text(.enGB) == "fourth session")
    }

    @Test func theTouchUpFallsFourToSixWeeksAfterTheLastSession() {
        let rule = TreatmentPlan.standard(settings).spacingRule(forSession: 4, after: date("2026-10-15"), protocol: defaultProtocol)
        #expect(rule.minDays == 28)
        #expect(rule.recommendedFromDays == 28)
        #expect(rule.recommendedToDays == 42)
        #expect(rule.label.text(.enGB) == "touch-up")
        let d = SessionSpacing.next(previousSessions: [date("2026-09-01"), date("2026-09-15"), date("2026-10-15")],
                                    healedOn: date("2026-10-27"), estimatedHealedBy: date("2026-10-30"),
                                    requested: date("2026-11-11"), rule: rule, protocol: defaultProtocol)
        #expect(d.earliestDate.iso == "2026-11-12")
        #expect(d.recommendedTo.iso == "2026-11-26")
        #expect(d.requestAllowed == false)
        #expect(d.explanation(.enGB, protocol: defaultProtocol).first == "The touch-up can be at least 28 days after the previous session (2026-10-15): 2026-11-12.")
    }

    @Test func aTopUpFallsThreeToFiveYearsAfterTheLastSession() {
        let last = date("2028-02-29")
        let rule = TreatmentPlan.standard(settings).spacingRule(forSession: 5, after: last, protocol: defaultProtocol)
        // 29 February 2028 + 3 years is 28 February 2031; + 5 years is 28 February 2033.
        #expect(last.adding(days: rule.minDays).iso == "2031-02-28")
        #expect(last.adding(days: rule.recommendedToDays).iso == "2033-02-28")
        let d = SessionSpacing.next(previousSessions: [date("2027-11-01"), date("2027-11-15"), date("2027-12-20"), last],
                                    healedOn: date("2028-03-10"), estimatedHealedBy: date("2028-03-12"),
                                    requested: date("2031-02-27"), rule: rule, protocol: defaultProtocol)
        #expect(d.requestAllowed == false)
        #expect(d.earliestDate.iso == "2031-02-28")
    }

    @Test func theStepReadsAsTheClientSeesIt() {
        let from = date("2026-12-15")
        #expect(PlanStep.session(number: 2, of: 3).text(from: from, .enGB) == "Session 2 of 3, from Tue 15 Dec")
        #expect(PlanStep.session(number: 2, of: 3).text(from: from, .nlNL) == "Sessie 2 van 3, vanaf di 15 dec")
        #expect(PlanStep.touchUp(number: 4).text(from: from, .enGB) == "Touch-up, from Tue 15 Dec")
        #expect(PlanStep.topUp(number: 5).text(from: date("2029-12-15"), .nlNL) == "Opfrissessie, vanaf za 15 dec 2029")
    }

    @Test func aProtocolWithoutAPlanGetsTheBriefsFigures() throws {
        var object = try JSONSerialization.jsonObject(with: Data(DefaultProtocol.json.utf8)) as! [String: Any]
        object["plan"] = nil
        let loaded = try AftercareProtocol.load(json: JSONSerialization.data(withJSONObject: object))
        #expect(loaded.plan == .standard)
    }

    @Test func aPlanOutsideItsBoundsIsNamed() throws {
        var object = try JSONSerialization.jsonObject(with: Data(DefaultProtocol.json.utf8)) as! [String: Any]
        object["plan"] = ["defaultSessions": 5, "minSessions": 2, "maxSessions": 4, "touchUpFromDays": 42, "touchUpToDays": 28,
                          "topUpFromYears": 0, "topUpToYears": 5]
        #expect {
            try AftercareProtocol.load(json: JSONSerialization.data(withJSONObject: object))
        } throws: { error in
            let paths = (error as? ProtocolError).map { "\($0)" } ?? ""
            return paths.contains("plan.defaultSessions") && paths.contains("plan.touchUpToDays") && paths.contains("plan.topUpFromYears")
        }
    }
}
