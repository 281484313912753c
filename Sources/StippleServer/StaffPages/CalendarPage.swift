import Foundation
import StippleCore
import StippleStore
import Vapor

/// A week of booked sessions, per clinic or per technician, and the private calendar feed.
enum CalendarPage {
    static func render(staff: StaffMember, csrf: String, entries: [CalendarEntry],
                       consultations: [BookingListing], weekStart: LocalDate, timeZone: TimeZone,
                       technicians: [StaffMember], technician: UUID?, now: Date, notice: String?, feedURL: String?) -> Response {
        StaffPageLayout.page(title: "Calendar", staff: staff, csrf: csrf, current: .calendar) {
            el("h1") { "Sessions in the week of \(weekStart.text(.enGB))" }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p") { notice } } }
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
                let consultationsOnDay = consultations.filter { LocalDate($0.booking.startsAt, in: timeZone) == day }
                el("section", .aria("labelledby", "day-\(day.iso)")) {
                    el("h2", .id("day-\(day.iso)")) { day.text(.enGB) }
                    if !consultationsOnDay.isEmpty {
                        ConsultationList.render(consultationsOnDay, staff: staff, csrf: csrf, now: now, week: weekStart)
                    }
                    if onDay.isEmpty && consultationsOnDay.isEmpty {
                        el("p", .class("muted")) { "Nothing booked." }
                    } else if !onDay.isEmpty {
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
