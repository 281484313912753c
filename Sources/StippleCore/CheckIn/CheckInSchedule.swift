/// Which of the protocol's check-in days a client has let pass, and how long a journey stays on
/// the technicians' dashboard.
public enum CheckInSchedule {
    /// Six weeks: full healing takes from a week to several weeks, and the last check-in day of
    /// the default protocol is day 28.
    public static let watchDays = 42

    /// Check-in days after the latest check-in and before today. Today's check-in day is not
    /// overdue: the client has until the end of the day.
    public static func overdueDays(checkInDays: [Int], today: Int, lastCheckInDay: Int?) -> [Int] {
        let after = lastCheckInDay ?? -1
        return checkInDays.filter { $0 > after && $0 < today }
    }
}
