import Foundation
import StippleCore
import StippleStore

/// The calendar file a booking's messages carry (RFC 5545): the appointment on the clinic's
/// own clock (`DTSTART;TZID=Europe/Amsterdam:…`) with the zone's offsets written out
/// (`VTIMEZONE`), so a calendar shows 10:00 in Amsterdam wherever the phone is. One UID per
/// booking; a reschedule raises `SEQUENCE` and a cancellation sends `STATUS:CANCELLED`, so the
/// calendar moves or drops the event it already has instead of adding another.
enum BookingInvite {
    static func render(_ booking: Booking, clinic: Clinic, summary: String, description: String, now: Date) throws -> String {
        let zone = try clinic.zone()
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Stipple//Bookings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        lines += timeZone(zone, around: booking.startsAt)
        lines += [
            "BEGIN:VEVENT",
            "UID:\(booking.id.uuidString.lowercased())@stipple",
            "SEQUENCE:\(booking.version - 1 + (booking.status == .cancelled ? 1 : 0))",
            "DTSTAMP:\(CalendarFeed.stamp(now))",
            "DTSTART;TZID=\(zone.identifier):\(local(booking.startsAt, zone))",
            "DTEND;TZID=\(zone.identifier):\(local(booking.endsAt, zone))",
            "SUMMARY:" + CalendarFeed.escape(summary),
            "LOCATION:" + CalendarFeed.escape("\(clinic.name), \(clinic.address)"),
            "DESCRIPTION:" + CalendarFeed.escape(description),
            "STATUS:" + (booking.status == .cancelled ? "CANCELLED" : "CONFIRMED"),
            "END:VEVENT",
            "END:VCALENDAR",
        ]
        return lines.map(CalendarFeed.fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20270328T143000`: the wall-clock time in `zone`, without an offset.
    static func local(_ date: Date, _ zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// The zone's observances from a year before `date` to a year after: each change of offset
    /// as its own `STANDARD` or `DAYLIGHT` block starting at the local time it happens (in the
    /// offset it leaves), after one block for the offset in force at the start.
    static func timeZone(_ zone: TimeZone, around date: Date) -> [String] {
        var lines = ["BEGIN:VTIMEZONE", "TZID:\(zone.identifier)"]
        var at = date - 366 * 86_400
        let end = date + 366 * 86_400
        var offset = zone.secondsFromGMT(for: at)
        lines += observance(zone, at: at - 1, from: offset, to: offset, start: "19700101T000000")
        while let change = zone.nextDaylightSavingTimeTransition(after: at), change < end {
            let next = zone.secondsFromGMT(for: change)
            lines += observance(zone, at: change, from: offset, to: next, start: local(change, TimeZone(secondsFromGMT: offset)!))
            offset = next
            at = change
        }
        lines.append("END:VTIMEZONE")
        return lines
    }

    private static func observance(_ zone: TimeZone, at: Date, from: Int, to: Int, start: String) -> [String] {
        let kind = zone.isDaylightSavingTime(for: at) ? "DAYLIGHT" : "STANDARD"
        var lines = ["BEGIN:\(kind)", "DTSTART:\(start)", "TZOFFSETFROM:\(utcOffset(from))", "TZOFFSETTO:\(utcOffset(to))"]
        if let name = zone.abbreviation(for: at), !name.hasPrefix("GMT+"), !name.hasPrefix("GMT-") { lines.append("TZNAME:\(name)") }
        lines.append("END:\(kind)")
        return lines
    }

    /// `+0100`, `-0330`.
    static func utcOffset(_ seconds: Int) -> String {
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format: "%02d%02d", minutes / 60, minutes % 60)
    }
}
