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
}
