import Foundation

/// When a clinic's reminders may reach clients: a local hour for the day's reminder, a later
/// one for "we have not heard from you", and quiet hours in which nothing is sent. Clinic
/// settings; local hours on the clinic's wall clock, so daylight-saving changes move nothing.
public struct ReminderSettings: Sendable, Equatable, Codable {
    /// Stage and check-in reminders, e.g. 10 for 10:00.
    public var sendHour: Int
    /// The missed check-in reminder, the same day.
    public var missedHour: Int
    /// Quiet hours from `quietFrom`:00 up to `quietUntil`:00; they may wrap midnight (21 → 8).
    /// Equal hours mean no quiet hours.
    public var quietFrom: Int
    public var quietUntil: Int

    public init(sendHour: Int = 10, missedHour: Int = 19, quietFrom: Int = 21, quietUntil: Int = 8) {
        self.sendHour = sendHour
        self.missedHour = missedHour
        self.quietFrom = quietFrom
        self.quietUntil = quietUntil
    }

    public func isQuiet(hour: Int) -> Bool {
        if quietFrom == quietUntil { return false }
        return quietFrom > quietUntil ? (hour >= quietFrom || hour < quietUntil) : (hour >= quietFrom && hour < quietUntil)
    }

    /// The instant itself, or the end of the quiet hours it falls in.
    public func outsideQuietHours(_ instant: Date, in timeZone: TimeZone) -> Date {
        let cal = LocalDate.calendar(timeZone)
        let hour = cal.component(.hour, from: instant)
        guard isQuiet(hour: hour) else { return instant }
        var date = LocalDate(instant, in: timeZone)
        if quietFrom > quietUntil, hour >= quietFrom { date = date.adding(days: 1) }
        return date.at(hour: quietUntil, in: timeZone)
    }

    /// Problems with the settings, by field name; empty when they are usable.
    public func problems() -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        for (field, value) in [("sendHour", sendHour), ("missedHour", missedHour),
                               ("quietFrom", quietFrom), ("quietUntil", quietUntil)] where !(0...23).contains(value) {
            out.append((field, "must be an hour from 0 to 23"))
        }
        if out.isEmpty {
            if isQuiet(hour: sendHour) { out.append(("sendHour", "falls in the quiet hours")) }
            if isQuiet(hour: missedHour) { out.append(("missedHour", "falls in the quiet hours")) }
            if missedHour <= sendHour { out.append(("missedHour", "must be later than sendHour")) }
        }
        return out
    }
}
