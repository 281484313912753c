import Foundation

/// Day numbers of a healing journey: day 0 is the calendar day of the session in the clinic's
/// time zone, day 1 the next calendar day, and so on.
public enum HealingDay {
    /// The healing day of `now` for a session held at `session`, both read on the clinic's wall
    /// calendar. Negative when `now` is before the session's day.
    public static func number(session: Date, now: Date, timeZone: TimeZone) -> Int {
        LocalDate(session, in: timeZone).days(until: LocalDate(now, in: timeZone))
    }

    /// The calendar date of healing day `day` for a session held on `sessionDate`.
    public static func date(ofDay day: Int, sessionDate: LocalDate) -> LocalDate {
        sessionDate.adding(days: day)
    }
}
