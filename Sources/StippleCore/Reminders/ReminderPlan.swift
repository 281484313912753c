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

/// What a reminder is about.
public enum ReminderKind: String, Sendable, Codable, CaseIterable {
    /// A healing day with a stage change, a check-in, or both: one message a day at most.
    case day
    /// "We have not heard from you today": dropped when the client checked in that day.
    case missedCheckIn = "missed-check-in"
    /// The day before a booked follow-up session; `day` is that day of the journey.
    case followUp = "follow-up"
}

public struct PlannedReminder: Sendable, Equatable {
    public var kind: ReminderKind
    public var day: Int
    public var dueAt: Date

    public init(kind: ReminderKind, day: Int, dueAt: Date) {
        self.kind = kind
        self.day = day
        self.dueAt = dueAt
    }
}

/// The reminders of one healing journey, planned when its session is recorded.
public enum ReminderPlan {
    /// Every reminder of a journey that is still to come at `now`, in order.
    public static func plan(sessionDate: LocalDate, timeZone: TimeZone, protocol p: AftercareProtocol,
                            settings: ReminderSettings, now: Date) -> [PlannedReminder] {
        let stageDays = Set(p.stages.map(\.startDay).filter { $0 >= 1 })
        let checkInDays = Set(p.checkInDays.filter { $0 >= 1 })
        var out: [PlannedReminder] = []
        for day in stageDays.union(checkInDays).sorted() {
            let date = sessionDate.adding(days: day)
            let morning = settings.outsideQuietHours(date.at(hour: settings.sendHour, in: timeZone), in: timeZone)
            out.append(PlannedReminder(kind: .day, day: day, dueAt: morning))
            if checkInDays.contains(day) {
                let evening = settings.outsideQuietHours(date.at(hour: settings.missedHour, in: timeZone), in: timeZone)
                out.append(PlannedReminder(kind: .missedCheckIn, day: day, dueAt: evening))
            }
        }
        return out.filter { $0.dueAt > now }
    }

    /// The reminder of a follow-up session on `date`: the day before at the reminder hour, or
    /// nil when that moment has passed.
    public static func followUp(on date: LocalDate, sessionDate: LocalDate, timeZone: TimeZone,
                                settings: ReminderSettings, now: Date) -> PlannedReminder? {
        let dayBefore = date.adding(days: -1)
        let due = settings.outsideQuietHours(dayBefore.at(hour: settings.sendHour, in: timeZone), in: timeZone)
        guard due > now else { return nil }
        return PlannedReminder(kind: .followUp, day: sessionDate.days(until: dayBefore), dueAt: due)
    }

    /// The reminder's text in `language`: the new stage's message and the request to check in,
    /// the missed check-in message, or tomorrow's follow-up.
    public static func message(_ kind: ReminderKind, day: Int, sessionDate: LocalDate, protocol p: AftercareProtocol,
                               language: Language) -> String {
        switch kind {
        case .followUp:
            let date = sessionDate.adding(days: day + 1).text(language)
            return p.messages.followUpTomorrow.text(language, ["date": date])
        case .missedCheckIn:
            return p.messages.missedCheckIn.text(language)
        case .day:
            var parts: [String] = []
            if let stage = p.stages.first(where: { $0.startDay == day }) { parts.append(stage.reminder.text(language)) }
            if p.checkInDays.contains(day) { parts.append(p.messages.checkInReminder.text(language, ["day": String(day)])) }
            return parts.joined(separator: " ")
        }
    }
}

extension LocalDate {
    /// `hour`:00 on this date in `timeZone`. Reminder hours lie outside the hours a
    /// daylight-saving change skips or repeats in Europe (01:00–03:00), so this instant is unique.
    public func at(hour: Int, minute: Int = 0, in timeZone: TimeZone) -> Date {
        var c = DateComponents()
        c.year = year; c.month = month; c.day = day; c.hour = hour; c.minute = minute
        return LocalDate.calendar(timeZone).date(from: c) ?? start(in: timeZone)
    }
}
