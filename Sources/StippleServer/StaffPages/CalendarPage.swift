import Foundation
import StippleCore
import StippleStore
import Vapor

/// A week of booked sessions, per clinic or per technician, and the private calendar feed.
enum CalendarPage {
    static func render(staff: StaffMember, csrf: String, entries: [CalendarEntry], weekStart: LocalDate, timeZone: TimeZone,
                       technicians: [StaffMember], technician: UUID?, feedURL: String?) -> Response {
        StaffPageLayout.page(title: "Calendar", staff: staff, csrf: csrf, current: .calendar) {
            el("h1") { "Sessions in the week of \(weekStart.text(.enGB))" }
            el("form", .init("method", "get"), .init("action", StaffRoute.calendar.path()), .class("filters"), .aria("label", "Calendar filters")) {
                StaffPageLayout.hidden("week", weekStart.iso)
                DashboardPage.select("technician", "Technician",
                                     [("", "Everyone")] + technicians.map { ($0.id.uuidString, $0.name) },
                                     selected: technician?.uuidString ?? "")
                el("button", .type("submit"), .class("small-button")) { "Show" }
            }
            el("nav", .class("pager"), .aria("label", "Weeks")) {
                el("a", .href(link(weekStart.adding(days: -7), technician)), .init("rel", "prev")) { "Previous week" }
                el("a", .href(link(weekStart.adding(days: 7), technician)), .init("rel", "next")) { "Next week" }
            }
            for offset in 0..<7 {
                let day = weekStart.adding(days: offset)
                let onDay = entries.filter { LocalDate($0.startsAt, in: timeZone) == day }
                el("section", .aria("labelledby", "day-\(day.iso)")) {
                    el("h2", .id("day-\(day.iso)")) { day.text(.enGB) }
                    if onDay.isEmpty {
                        el("p", .class("muted")) { "Nothing booked." }
                    } else {
                        el("ul") {
                            for e in onDay {
                                el("li") {
                                    "\(time(e.startsAt, TimeZone(identifier: e.timeZone) ?? timeZone)) · "
                                    el("a", .href(StaffRoute.client.path(e.clientID))) { e.clientName }
                                    " · session \(e.sessionNumber) with \(e.technicianName) · \(e.clinicName)"
                                }
                            }
                        }
                    }
                }
            }
            el("section", .aria("labelledby", "subscribe")) {
                el("h2", .id("subscribe")) { "Subscribe from a calendar app" }
                if let feedURL {
                    el("p", .init("role", "status")) { "Your private calendar address (shown once; keep it to yourself):" }
                    el("p") { el("code", .id("feed-url")) { feedURL } }
                } else {
                    el("p") {
                        "A private address your calendar app can subscribe to (iCalendar). "
                        "Making a new one ends the old one."
                    }
                }
                el("form", .init("method", "post"), .init("action", StaffRoute.newCalendarFeed.path())) {
                    StaffPageLayout.hidden("_csrf", csrf)
                    el("button", .type("submit"), .class("small-button")) { "Make a new calendar address" }
                }
            }
        }
    }

    static func link(_ week: LocalDate, _ technician: UUID?) -> String {
        StaffRoute.calendar.path() + "?week=\(week.iso)" + (technician.map { "&technician=\($0)" } ?? "")
    }

    /// The Monday on or before `day`.
    static func monday(of day: LocalDate) -> LocalDate { day.adding(days: 1 - day.weekday) }

    static func time(_ date: Date, _ tz: TimeZone) -> String { format(date, tz, "HH:mm") }

    /// A staff page's clock: British English, in the clinic's time zone.
    static func format(_ date: Date, _ tz: TimeZone, _ pattern: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_GB")
        f.timeZone = tz
        f.dateFormat = pattern
        return f.string(from: date)
    }

    static func dateTime(_ date: Date, _ tz: TimeZone) -> String {
        "\(LocalDate(date, in: tz).text(.enGB)), \(time(date, tz))"
    }
}

/// An iCalendar feed (RFC 5545) of booked sessions, for calendar apps to subscribe to. Times are
/// in UTC, so no VTIMEZONE is needed; cancelled bookings stay in the feed as CANCELLED so the
/// event disappears from subscribed calendars. Clients appear by first name and initial only:
/// calendars are synchronised to third-party services.
enum CalendarFeed {
    static func render(_ entries: [CalendarEntry], name: String, now: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stipple//Workspace//EN", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name), "REFRESH-INTERVAL;VALUE=DURATION:PT1H"]
        for e in entries {
            lines += [
                "BEGIN:VEVENT",
                "UID:\(e.id.uuidString.lowercased())@stipple",
                "DTSTAMP:\(stamp(now))",
                "DTSTART:\(stamp(e.startsAt))",
                "DTEND:\(stamp(e.startsAt.addingTimeInterval(FollowUp.standardLength)))",
                "SUMMARY:" + escape("SMP session \(e.sessionNumber) – \(shortName(e.clientName))"),
                "LOCATION:" + escape(e.clinicName),
                "DESCRIPTION:" + escape("With \(e.technicianName)."),
                "STATUS:" + (e.cancelled ? "CANCELLED" : "CONFIRMED"),
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// "Liam Walsh" → "Liam W."
    static func shortName(_ name: String) -> String {
        let parts = name.split(separator: " ")
        guard parts.count > 1, let initial = parts.last?.first else { return name }
        return "\(parts[0]) \(initial)."
    }

    /// UTC in iCalendar's basic form, 20261213T100000Z.
    static let stampStyle = Date.ISO8601FormatStyle(dateSeparator: .omitted, timeSeparator: .omitted, timeZone: .gmt)

    static func stamp(_ date: Date) -> String { date.formatted(stampStyle) }

    /// TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11).
    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1),
    /// never splitting a UTF-8 character.
    static func fold(_ line: String) -> String {
        var out = "", count = 0
        for ch in line {
            let size = String(ch).utf8.count
            if count + size > 75 {
                out += "\r\n "
                count = 1
            }
            out.append(ch)
            count += size
        }
        return out
    }
}
