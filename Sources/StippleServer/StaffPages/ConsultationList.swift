import Foundation
import StippleCore
import StippleStore
import Vapor

/// Free consultations booked on the public site, as a list on the day page and the calendar:
/// the time on the clinic's clock, who booked, how to reach them, and the buttons to record a
/// no-show or an attendance (once it has begun) or to cancel. Reception sees no concern: it
/// speaks of the booker's health.
enum ConsultationList {
    static func render(_ listings: [BookingListing], staff: StaffMember, csrf: String, now: Date, week: LocalDate?) -> HTMLNode {
        el("ul", .class("day-list")) {
            for listing in listings {
                let b = listing.booking
                el("li", .id("booking-\(b.id)")) {
                    el("strong") { CalendarPage.format(b.startsAt, TimeZone(identifier: listing.timeZone) ?? .gmt, "HH:mm") }
                    " Free consultation · \(b.fullName ?? "") · with \(listing.technicianName) · "
                        + BookingText.mode(b.mode, .enGB).lowercased() + (staff.role == .admin ? " · \(listing.clinicName)" : "")
                    el("br")
                    el("span", .class("muted")) {
                        [b.email, b.phone].compactMap { $0 }.joined(separator: " · ")
                        if staff.seesHealthData, let concern = b.concern { " · " + BookingText.concern(concern, .enGB) }
                        if staff.seesHealthData, listing.screened { " · health questions answered" }
                    }
                    if let client = b.clientID {
                        " · "
                        el("a", .href(StaffRoute.client.path(client))) { "record" }
                    } else if b.status == .booked || b.status == .attended {
                        " · "
                        el("a", .href(StaffRoute.registerForm.path() + "?booking=\(b.id)"), .aria("label", "Register \(b.fullName ?? "") as a client")) {
                            "Register as a client"
                        }
                    }
                    switch b.status {
                    case .booked:
                        el("div", .class("actions")) {
                            if now >= b.startsAt {
                                form(b, StaffRoute.recordBookingOutcome, csrf: csrf, week: week, field: ("outcome", "attended"), label: "Came")
                                form(b, StaffRoute.recordBookingOutcome, csrf: csrf, week: week, field: ("outcome", "no-show"), label: "No-show")
                            } else {
                                form(b, StaffRoute.cancelBooking, csrf: csrf, week: week, field: nil, label: "Cancel")
                            }
                        }
                    case .noShow: el("span", .class("badge warning")) { "No-show" }
                    case .attended: el("span", .class("badge")) { "Came" }
                    case .cancelled: el("span", .class("badge")) { "Cancelled" }
                    case .held: el("span", .class("badge")) { "Being booked" }
                    }
                }
            }
        }
    }

    private static func form(_ b: Booking, _ route: StaffRoute, csrf: String, week: LocalDate?, field: (String, String)?,
                             label: String) -> HTMLNode {
        el("form", .init("method", "post"), .init("action", route.path(b.id)), .class("inline")) {
            StaffPageLayout.hidden("_csrf", csrf)
            if let field { StaffPageLayout.hidden(field.0, field.1) }
            if let week { StaffPageLayout.hidden("week", week.iso) }
            el("button", .type("submit"), .class("small-button"), .aria("label", "\(label): \(b.fullName ?? "")")) { label }
        }
    }
}
