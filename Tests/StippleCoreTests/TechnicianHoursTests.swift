import Foundation
import Testing
@testable import StippleCore

@Suite struct TechnicianHoursTests {
    func interval(_ opens: String, _ closes: String) -> OpeningHours.Interval {
        OpeningHours.Interval(opens: OpeningHours.minutes(opens)!, closes: OpeningHours.minutes(closes)!)
    }

    @Test func aWeekWithBreaksInsideItsHoursIsUsable() {
        let week = TechnicianHours(working: OpeningHours([.monday: [interval("09:00", "17:00")], .tuesday: [interval("12:00", "20:00")]]),
                                   breaks: OpeningHours([.monday: [interval("12:30", "13:00")], .tuesday: [interval("12:00", "12:30")]]))
        #expect(week.problems().isEmpty)
    }

    @Test func aBreakMustFallWithinTheHoursWorkedThatDay() {
        let working = OpeningHours([.monday: [interval("09:00", "17:00")]])
        // Reaching past the end, and on a day not worked.
        let late = TechnicianHours(working: working, breaks: OpeningHours([.monday: [interval("16:45", "17:15")]]))
        #expect(late.problems() == [FieldError(field: "breaks.monday", message: "the break 16:45–17:15 must fall within the hours worked that day")])
        let dayOff = TechnicianHours(working: working, breaks: OpeningHours([.friday: [interval("12:00", "12:30")]]))
        #expect(dayOff.problems().map(\.field) == ["breaks.friday"])
        // At the edges of the day's hours it fits.
        #expect(TechnicianHours(working: working, breaks: OpeningHours([.monday: [interval("09:00", "09:30")]])).problems().isEmpty)
        #expect(TechnicianHours(working: working, breaks: OpeningHours([.monday: [interval("16:30", "17:00")]])).problems().isEmpty)
    }

    @Test func aWeekWithoutWorkOrWithBackwardHoursIsRefusedByField() {
        #expect(TechnicianHours(working: OpeningHours()).problems() == [FieldError(field: "workingHours", message: "give the hours of at least one day")])
        let backwards = TechnicianHours(working: OpeningHours([.wednesday: [interval("17:00", "09:00")]]))
        #expect(backwards.problems().map(\.field) == ["workingHours.wednesday"])
        let badBreak = TechnicianHours(working: OpeningHours([.wednesday: [interval("09:00", "17:00")]]),
                                       breaks: OpeningHours([.wednesday: [interval("13:00", "12:00")]]))
        #expect(badBreak.problems().first?.field == "breaks.wednesday")
    }

    @Test func whatAWeekCoversOnTheClinicsClock() {
        let zone = TimeZone(identifier: "Europe/London")!
        let week = TechnicianHours(working: OpeningHours([.monday: [interval("09:00", "17:00")]]),
                                   breaks: OpeningHours([.monday: [interval("12:30", "13:00")]]))
        func range(_ day: String, _ from: String, _ minutes: Int) -> TimeRange {
            let start = LocalDate(iso: day)!.at(hour: OpeningHours.minutes(from)! / 60, minute: OpeningHours.minutes(from)! % 60, in: zone)
            return TimeRange(start: start, end: start + TimeInterval(minutes * 60))
        }
        // Monday 29 March 2027, the day after the clocks go forward: still 09:00 to 17:00 there.
        #expect(week.covers(range("2027-03-29", "09:00", 30), in: zone))
        #expect(week.covers(range("2027-03-29", "16:30", 30), in: zone))
        #expect(week.covers(range("2027-03-29", "12:00", 30), in: zone))
        #expect(!week.covers(range("2027-03-29", "12:15", 30), in: zone))   // into the break
        #expect(!week.covers(range("2027-03-29", "16:45", 30), in: zone))   // past the end
        #expect(!week.covers(range("2027-03-29", "08:45", 30), in: zone))   // before the start
        #expect(!week.covers(range("2027-03-30", "10:00", 30), in: zone))   // a Tuesday, not worked
    }
}
