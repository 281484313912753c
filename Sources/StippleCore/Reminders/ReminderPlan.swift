import Foundation

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

    /// When a reminder of `kind` for healing day `day` falls under `settings`: the morning's
    /// hour, or the evening's for a missed check-in, moved out of the quiet hours. (A follow-up's
    /// `day` is already the day before it.) For moving reminders when a clinic's hours change.
    public static func dueAt(_ kind: ReminderKind, day: Int, sessionDate: LocalDate, timeZone: TimeZone,
                             settings: ReminderSettings) -> Date {
        let hour = kind == .missedCheckIn ? settings.missedHour : settings.sendHour
        return settings.outsideQuietHours(sessionDate.adding(days: day).at(hour: hour, in: timeZone), in: timeZone)
    }

    /// The reminder's text in `language`: the new stage's message and the request to check in,
    /// the missed check-in message, or tomorrow's follow-up.
    /// The reminder's words, after a greeting by the client's first name. A follow-up's reminder
    /// gives its date and, when known (`followUpTime`, the clinic's wall clock), its time.
    public static func message(_ kind: ReminderKind, day: Int, sessionDate: LocalDate, protocol p: AftercareProtocol,
                               language: Language, clientName: String? = nil, followUpTime: String? = nil) -> String {
        let words = text(kind, day: day, sessionDate: sessionDate, protocol: p, language: language, followUpTime: followUpTime)
        guard let clientName, let first = clientName.split(separator: " ").first else { return words }
        return greeting(String(first), language) + " " + words
    }

    /// "Hello Liam," or "Hoi Liam,".
    public static func greeting(_ firstName: String, _ language: Language) -> String {
        switch language {
        case .enGB: "Hello \(firstName),"
        case .nlNL: "Hoi \(firstName),"
        }
    }

    private static func text(_ kind: ReminderKind, day: Int, sessionDate: LocalDate, protocol p: AftercareProtocol,
                             language: Language, followUpTime: String?) -> String {
        switch kind {
        case .followUp:
            var date = sessionDate.adding(days: day + 1).text(language)
            if let followUpTime { date += language == .nlNL ? " om \(followUpTime)" : " at \(followUpTime)" }
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
