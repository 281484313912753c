import Foundation
import Testing
@testable import StippleCore

@Suite struct OpeningHoursTests {
    func interval(_ opens: String, _ closes: String) -> OpeningHours.Interval {
        OpeningHours.Interval(opens: OpeningHours.minutes(opens)!, closes: OpeningHours.minutes(closes)!)
    }

    @Test(arguments: [("00:00", 0), ("09:30", 570), ("23:59", 1439), ("24:00", 1440)])
    func timesAreReadAsMinutesAfterMidnight(text: String, minutes: Int) {
        #expect(OpeningHours.minutes(text) == minutes)
        #expect(OpeningHours.clock(minutes) == text)
    }

    @Test(arguments: ["9:00", "24:01", "25:00", "12:60", "12:5", "noon", "", "12:00:00"])
    func aTimeThatIsNotOneIsRefused(text: String) {
        #expect(OpeningHours.minutes(text) == nil)
    }

    @Test func aWeekWithALunchBreakIsUsable() {
        let hours = OpeningHours([.monday: [interval("09:00", "12:30"), interval("13:30", "17:30")], .saturday: [interval("09:00", "13:00")]])
        #expect(hours.problems().isEmpty)
        #expect(hours.hours(.sunday).isEmpty)
        #expect(!hours.isEmpty)
    }

    @Test func aPeriodMustOpenBeforeItClosesAndNotOverlapTheNext() {
        let closesFirst = OpeningHours([.tuesday: [interval("17:00", "09:00")]]).problems()
        #expect(closesFirst == [FieldError(field: "openingHours.tuesday", message: "must open before it closes (17:00–09:00)")])
        let empty = OpeningHours([.tuesday: [interval("09:00", "09:00")]]).problems()
        #expect(empty.map(\.field) == ["openingHours.tuesday"])
        // Touching periods are fine; overlapping ones are not.
        #expect(OpeningHours([.friday: [interval("09:00", "12:00"), interval("12:00", "17:00")]]).problems().isEmpty)
        let overlap = OpeningHours([.friday: [interval("13:00", "17:00"), interval("09:00", "13:30")]]).problems()
        #expect(overlap == [FieldError(field: "openingHours.friday", message: "09:00–13:30 and 13:00–17:00 overlap")])
    }

    @Test func atMostThreePeriodsADay() {
        let four = OpeningHours([.monday: [interval("08:00", "09:00"), interval("10:00", "11:00"), interval("12:00", "13:00"),
                                           interval("14:00", "15:00")]])
        #expect(four.problems().map(\.message) == ["at most three periods a day"])
    }

    @Test func theWeekTravelsAsTimesByDayName() throws {
        let hours = OpeningHours([.monday: [interval("09:00", "17:30")]])
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(hours), as: UTF8.self)
        #expect(json == #"{"monday":[{"closes":"17:30","opens":"09:00"}]}"#)
        #expect(try JSONDecoder().decode(OpeningHours.self, from: Data(json.utf8)) == hours)
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(OpeningHours.self, from: Data(#"{"monday":[{"opens":"9","closes":"17:30"}]}"#.utf8))
        }
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(OpeningHours.self, from: Data(#"{"funday":[]}"#.utf8))
        }
    }
}
