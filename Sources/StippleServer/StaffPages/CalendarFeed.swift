import Foundation
import StippleStore

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
