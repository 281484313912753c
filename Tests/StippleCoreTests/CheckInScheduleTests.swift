import StippleCore
import Testing

@Suite struct CheckInScheduleTests {
    let days = DefaultProtocol.protocolValue.checkInDays  // 1, 2, 3, 5, 7, 10, 14, 21, 28

    @Test func todaysCheckInDayIsNotYetOverdue() {
        #expect(CheckInSchedule.overdueDays(checkInDays: days, today: 3, lastCheckInDay: 2) == [])
        #expect(CheckInSchedule.overdueDays(checkInDays: days, today: 4, lastCheckInDay: 2) == [3])
    }

    @Test func withoutACheckInEveryPassedDayIsOverdue() {
        #expect(CheckInSchedule.overdueDays(checkInDays: days, today: 0, lastCheckInDay: nil) == [])
        #expect(CheckInSchedule.overdueDays(checkInDays: days, today: 1, lastCheckInDay: nil) == [])
        #expect(CheckInSchedule.overdueDays(checkInDays: days, today: 6, lastCheckInDay: nil) == [1, 2, 3, 5])
    }

    @Test func aCheckInCoversTheDaysBeforeIt() {
        // A client who checks in on day 6 has not missed days 1 to 5 any more.
        #expect(CheckInSchedule.overdueDays(checkInDays: days, today: 8, lastCheckInDay: 6) == [7])
        #expect(CheckInSchedule.overdueDays(checkInDays: days, today: 40, lastCheckInDay: 28) == [])
    }
}
