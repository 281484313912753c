import Foundation
import Testing
@testable import StippleCore

@Suite struct ReminderPlanTests {
    let settings = ReminderSettings()

    func due(_ plan: [PlannedReminder], _ kind: ReminderKind, day: Int) -> Date? {
        plan.first { $0.kind == kind && $0.day == day }?.dueAt
    }

    @Test func oneDayReminderPerStageOrCheckInDayAndAMissedOnePerCheckInDay() {
        let plan = ReminderPlan.plan(sessionDate: date("2026-11-20"), timeZone: london, protocol: defaultProtocol,
                                     settings: settings, now: instant("2026-11-20T12:00:00Z"))
        #expect(plan.filter { $0.kind == .day }.map(\.day) == [1, 2, 3, 5, 6, 7, 10, 11, 14, 21, 28])
        #expect(plan.filter { $0.kind == .missedCheckIn }.map(\.day) == [1, 2, 3, 5, 7, 10, 14, 21, 28])
        #expect(due(plan, .day, day: 1) == instant("2026-11-21T10:00:00Z"))
        #expect(due(plan, .missedCheckIn, day: 1) == instant("2026-11-21T19:00:00Z"))
    }

    @Test func theEndOfSummerTimeNeitherShiftsNorDuplicatesAReminder() {
        // Summer time ends on Sunday 25 October 2026, day 5 of this journey.
        for (zone, before, after) in [(london, "2026-10-23T09:00:00Z", "2026-10-25T10:00:00Z"),
                                      (amsterdam, "2026-10-23T08:00:00Z", "2026-10-25T09:00:00Z")] {
            let plan = ReminderPlan.plan(sessionDate: date("2026-10-20"), timeZone: zone, protocol: defaultProtocol,
                                         settings: settings, now: instant("2026-10-20T12:00:00Z"))
            #expect(due(plan, .day, day: 3) == instant(before), "\(zone.identifier)")
            #expect(due(plan, .day, day: 5) == instant(after), "\(zone.identifier)")
            // Every reminder at 10:00 or 19:00 on the clinic's clock, once.
            let cal = { var c = Calendar(identifier: .gregorian); c.timeZone = zone; return c }()
            #expect(plan.allSatisfy { [10, 19].contains(cal.component(.hour, from: $0.dueAt)) })
            #expect(Set(plan.map { "\($0.kind)-\($0.day)" }).count == plan.count)
        }
    }

    @Test func theStartOfSummerTimeNeitherShiftsNorDuplicatesAReminder() {
        // Summer time starts on Sunday 29 March 2026, day 3 of this journey.
        let plan = ReminderPlan.plan(sessionDate: date("2026-03-26"), timeZone: london, protocol: defaultProtocol,
                                     settings: settings, now: instant("2026-03-26T12:00:00Z"))
        #expect(due(plan, .day, day: 2) == instant("2026-03-28T10:00:00Z"))
        #expect(due(plan, .day, day: 3) == instant("2026-03-29T09:00:00Z"))
    }

    @Test func quietHoursMoveAReminderToTheirEnd() {
        let late = ReminderSettings(sendHour: 10, missedHour: 22, quietFrom: 23, quietUntil: 7)
        #expect(late.outsideQuietHours(instant("2026-11-21T22:59:00Z"), in: london) == instant("2026-11-21T22:59:00Z"))
        #expect(late.outsideQuietHours(instant("2026-11-21T23:00:00Z"), in: london) == instant("2026-11-22T07:00:00Z"))
        #expect(late.outsideQuietHours(instant("2026-11-22T06:59:00Z"), in: london) == instant("2026-11-22T07:00:00Z"))
        #expect(late.outsideQuietHours(instant("2026-11-22T07:00:00Z"), in: london) == instant("2026-11-22T07:00:00Z"))
        let lunch = ReminderSettings(sendHour: 9, missedHour: 18, quietFrom: 12, quietUntil: 14)
        #expect(lunch.outsideQuietHours(instant("2026-11-21T13:30:00Z"), in: london) == instant("2026-11-21T14:00:00Z"))
        #expect(!ReminderSettings(quietFrom: 8, quietUntil: 8).isQuiet(hour: 8))
    }

    @Test func settingsThatSendInQuietHoursAreRefused() {
        #expect(ReminderSettings().problems().isEmpty)
        #expect(ReminderSettings(sendHour: 7).problems().map(\.field) == ["sendHour"])
        #expect(ReminderSettings(missedHour: 21).problems().map(\.field) == ["missedHour"])
        #expect(ReminderSettings(sendHour: 24).problems().map(\.field) == ["sendHour"])
        #expect(ReminderSettings(sendHour: 12, missedHour: 11).problems().map(\.field) == ["missedHour"])
    }

    @Test func remindersAlreadyDueWhenTheSessionIsRecordedAreLeftOut() {
        let plan = ReminderPlan.plan(sessionDate: date("2026-11-20"), timeZone: london, protocol: defaultProtocol,
                                     settings: settings, now: instant("2026-11-22T10:00:00Z"))
        #expect(plan.first?.kind == .missedCheckIn && plan.first?.day == 2)
    }

    @Test func aDayWithAStageChangeAndACheckInIsOneMessage() {
        let text = ReminderPlan.message(.day, day: 3, sessionDate: date("2026-11-20"), protocol: defaultProtocol, language: .enGB)
        #expect(text.contains("Day 3 of your healing"))
        #expect(text.hasPrefix(defaultProtocol.stages[1].reminder.text(.enGB)))
        #expect(ReminderPlan.message(.day, day: 6, sessionDate: date("2026-11-20"), protocol: defaultProtocol, language: .nlNL)
                == defaultProtocol.stages[2].reminder.text(.nlNL))
        #expect(ReminderPlan.message(.missedCheckIn, day: 5, sessionDate: date("2026-11-20"), protocol: defaultProtocol,
                                     language: .nlNL).hasPrefix("We hebben vandaag"))
    }

    @Test func aFollowUpIsRemindedTheDayBeforeAtTheReminderHour() {
        let r = ReminderPlan.followUp(on: date("2026-12-04"), sessionDate: date("2026-11-20"), timeZone: amsterdam,
                                      settings: settings, now: instant("2026-11-25T12:00:00Z"))
        #expect(r == PlannedReminder(kind: .followUp, day: 13, dueAt: instant("2026-12-03T09:00:00Z")))
        let text = ReminderPlan.message(.followUp, day: 13, sessionDate: date("2026-11-20"), protocol: defaultProtocol, language: .enGB)
        #expect(text.contains("tomorrow") && text.contains("4 Dec"))
        // Booked for tomorrow after the reminder hour: too late to remind.
        #expect(ReminderPlan.followUp(on: date("2026-11-26"), sessionDate: date("2026-11-20"), timeZone: amsterdam,
                                      settings: settings, now: instant("2026-11-25T12:00:00Z")) == nil)
    }

    @Test func aReminderGreetsTheClientByFirstNameAndAFollowUpsGivesItsTime() {
        let english = ReminderPlan.message(.followUp, day: 13, sessionDate: date("2026-11-20"), protocol: defaultProtocol,
                                           language: .enGB, clientName: "Liam Walsh", followUpTime: "14:30")
        #expect(english.hasPrefix("Hello Liam, "))
        #expect(english.contains("4 Dec") && english.contains(" at 14:30"), "\(english)")
        let dutch = ReminderPlan.message(.missedCheckIn, day: 5, sessionDate: date("2026-11-20"), protocol: defaultProtocol,
                                         language: .nlNL, clientName: "Daan de Vries")
        #expect(dutch.hasPrefix("Hoi Daan, "))
        // Without a name, the words alone (as the protocol's own check prints them).
        #expect(!ReminderPlan.message(.day, day: 3, sessionDate: date("2026-11-20"), protocol: defaultProtocol, language: .enGB)
            .hasPrefix("Hello"))
    }
}
