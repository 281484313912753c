import Foundation
import StippleCore
import Testing

@Suite struct AlertTargetsTests {
    let london = TimeZone(identifier: "Europe/London")!
    let opened = ISO8601DateFormatter().date(from: "2026-11-25T15:30:00Z")!

    @Test func theDefaultsAreTheBriefs() {
        let t = AlertTargets()
        #expect(t.dueBy(tier: .red, openedAt: opened, timeZone: london) == opened)
        // Amber: by the end of the clinic's day, midnight in London.
        #expect(t.dueBy(tier: .amber, openedAt: opened, timeZone: london) == ISO8601DateFormatter().date(from: "2026-11-26T00:00:00Z"))
        #expect(t.dueBy(tier: .amber, openedAt: opened, timeZone: TimeZone(identifier: "Europe/Amsterdam")!)
                == ISO8601DateFormatter().date(from: "2026-11-25T23:00:00Z"))
        #expect(t.dueBy(tier: .yellow, openedAt: opened, timeZone: london) == nil)
        #expect(t.dueBy(tier: .green, openedAt: opened, timeZone: london) == nil)
    }

    @Test func aClinicSetsItsOwn() {
        let t = AlertTargets(redMinutes: 15, amberHours: 4, yellowDays: 2)
        #expect(t.dueBy(tier: .red, openedAt: opened, timeZone: london) == opened.addingTimeInterval(900))
        #expect(t.dueBy(tier: .amber, openedAt: opened, timeZone: london) == opened.addingTimeInterval(4 * 3600))
        #expect(t.dueBy(tier: .yellow, openedAt: opened, timeZone: london) == opened.addingTimeInterval(2 * 86_400))
    }

    @Test func targetsHaveLimits() {
        #expect(AlertTargets(redMinutes: 240, amberHours: 72, yellowDays: 30).problems().isEmpty)
        #expect(AlertTargets(redMinutes: 241).problems().map(\.field) == ["redMinutes"])
        #expect(AlertTargets(redMinutes: -1).problems().map(\.field) == ["redMinutes"])
        #expect(AlertTargets(amberHours: 0).problems().map(\.field) == ["amberHours"])
        #expect(AlertTargets(amberHours: 73).problems().map(\.field) == ["amberHours"])
        #expect(AlertTargets(yellowDays: 31).problems().map(\.field) == ["yellowDays"])
    }
}
