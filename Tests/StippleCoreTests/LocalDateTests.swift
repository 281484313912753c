import Foundation
import Testing
@testable import StippleCore

@Suite struct LocalDateTests {
    @Test func parsesAndPrintsISO() {
        #expect(date("2026-11-20").iso == "2026-11-20")
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2024-02-29") != nil)
        #expect(LocalDate(iso: "2026-13-01") == nil)
        #expect(LocalDate(iso: "2026-1-01") == nil)
        #expect(LocalDate(iso: "20261101") == nil)
        #expect(LocalDate(iso: "2026-+1-01") == nil)
    }

    @Test func dayArithmeticCrossesMonthsAndYears() {
        #expect(date("2026-11-20").adding(days: 11).iso == "2026-12-01")
        #expect(date("2026-12-25").adding(days: 10).iso == "2027-01-04")
        #expect(date("2024-02-28").adding(days: 1).iso == "2024-02-29")
        #expect(date("2026-11-20").days(until: date("2027-03-20")) == 120)
        #expect(LocalDate(dayNumber: 0).iso == "1970-01-01")
    }

    @Test func weekdays() {
        #expect(date("2026-11-20").weekday == 5) // Friday
        #expect(date("2026-11-23").weekday == 1) // Monday
        #expect(date("2026-11-22").text(.enGB) == "Sun 22 Nov 2026")
        #expect(date("2026-11-22").text(.nlNL) == "zo 22 nov 2026")
    }

    @Test func dateOfAnInstantDependsOnTheClinicsTimeZone() {
        let lateEvening = instant("2026-11-20T23:30:00Z")
        #expect(LocalDate(lateEvening, in: london).iso == "2026-11-20")
        #expect(LocalDate(lateEvening, in: amsterdam).iso == "2026-11-21")
    }

    /// The day of an instant, worked out from the zone's offset, is the calendar's: every 15
    /// minutes around both daylight-saving changes of 2026, at midnight's edges, and before 1970.
    @Test(arguments: ["Europe/London", "Europe/Amsterdam", "America/New_York", "Australia/Adelaide", "Pacific/Kiritimati"])
    func dateOfAnInstantIsTheCalendarsDate(zone: String) throws {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var instants: [Date] = []
        for start in ["2026-03-27T00:00:00Z", "2026-10-23T00:00:00Z", "1969-12-30T00:00:00Z"] {
            let first = instant(start)
            instants += (0..<(4 * 24 * 4)).map { first.addingTimeInterval(Double($0) * 900) }
        }
        instants += instants.flatMap { [$0.addingTimeInterval(-0.001), $0.addingTimeInterval(0.001)] }
        for moment in instants {
            let c = calendar.dateComponents([.year, .month, .day], from: moment)
            #expect(LocalDate(moment, in: timeZone) == LocalDate(year: c.year!, month: c.month!, day: c.day!), "\(moment)")
        }
    }

    @Test func healingDayCountsCalendarDaysInTheClinicsTimeZone() {
        // A session late in the evening: just after midnight is already day 1.
        let session = instant("2026-11-20T22:30:00Z")
        #expect(HealingDay.number(session: session, now: instant("2026-11-20T23:59:00Z"), timeZone: london) == 0)
        #expect(HealingDay.number(session: session, now: instant("2026-11-21T00:15:00Z"), timeZone: london) == 1)
        #expect(HealingDay.number(session: session, now: instant("2026-11-19T12:00:00Z"), timeZone: london) == -1)
    }

    @Test func healingDayIsNotShiftedByDaylightSavingChanges() {
        // Europe/Amsterdam springs forward on 2026-03-29 and falls back on 2026-10-25.
        let spring = instant("2026-03-28T10:00:00+01:00")
        #expect(HealingDay.number(session: spring, now: instant("2026-03-29T00:30:00+01:00"), timeZone: amsterdam) == 1)
        #expect(HealingDay.number(session: spring, now: instant("2026-03-30T00:05:00+02:00"), timeZone: amsterdam) == 2)
        let autumn = instant("2026-10-24T23:00:00+02:00")
        #expect(HealingDay.number(session: autumn, now: instant("2026-10-25T23:30:00+01:00"), timeZone: amsterdam) == 1)
        #expect(HealingDay.number(session: autumn, now: instant("2026-10-26T00:10:00+01:00"), timeZone: amsterdam) == 2)
    }
}
