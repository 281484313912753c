import Foundation
import StippleCore
import StippleStore
import Vapor

/// The clinic's day, in its local time: the sessions booked per technician and, for each
/// client, what still stands between them and the chair (an identity check, the screening, a
/// clearance, a consent), then the sessions already charted. Reception sees the same list with
/// the screening's gaps named without their reason. The healing dashboard is one link away.
enum ClinicDayPage {
    struct Booking {
        var entry: CalendarEntry
        var missing: [ChairReadiness]
    }

    static func render(staff: StaffMember, csrf: String, clinic: Clinic, clinics: [Clinic], day: LocalDate,
                       bookings: [Booking], consultations: [BookingListing], now: Date,
                       notice: String?, charted: [ChartedSession], names: [UUID: String]) -> Response {
        let tz = (try? clinic.zone()) ?? .gmt
        let health = staff.seesHealthData
        return StaffPageLayout.page(title: "Today", staff: staff, csrf: csrf, current: .today) {
            el("h1") { "Today" }
            el("p", .class("clinic-name")) { "\(clinic.name) · \(day.text(.enGB)), local time" }
            if let notice { el("section", .class("notice"), .init("role", "status")) { el("p") { notice } } }
            if staff.role == .admin, clinics.count > 1 {
                el("form", .init("method", "get"), .init("action", StaffRoute.day.path()), .class("filters")) {
                    el("label", .for("clinic")) { "Clinic" }
                    el("select", .id("clinic"), .name("clinic")) {
                        for c in clinics {
                            el("option", attributes: [.value(c.id.uuidString), c.id == clinic.id ? .flag("selected") : nil]) { c.name }
                        }
                    }
                    el("button", .type("submit"), .class("small-button")) { "Show" }
                }
            }
            el("section", .aria("labelledby", "booked")) {
                el("h2", .id("booked")) { "Booked" }
                if bookings.isEmpty { el("p", .id("nothing-booked")) { "No session booked today." } }
                let technicians = Dictionary(grouping: bookings, by: \.entry.technicianName).sorted { $0.key < $1.key }
                for (technician, list) in technicians {
                    el("h3") { technician }
                    el("ul", .class("day-list")) {
                        for booking in list {
                            el("li", .id("booking-\(booking.entry.clientID)")) {
                                el("strong") { CalendarPage.format(booking.entry.startsAt, tz, "HH:mm") }
                                " "
                                el("a", .href(StaffRoute.client.path(booking.entry.clientID))) { booking.entry.clientName }
                                " · session \(booking.entry.sessionNumber)"
                                if booking.missing.isEmpty {
                                    el("span", .class("badge")) { "Ready" }
                                } else {
                                    el("ul", .class("missing")) {
                                        for item in booking.missing { el("li", .class("warning")) { words(item, health: health) } }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            el("section", .aria("labelledby", "consultations")) {
                el("h2", .id("consultations")) { "Free consultations" }
                if consultations.isEmpty {
                    el("p") { "No consultation booked today." }
                } else {
                    ConsultationList.render(consultations, staff: staff, csrf: csrf, now: now, week: nil)
                }
            }
            el("section", .aria("labelledby", "charted")) {
                el("h2", .id("charted")) { "Charted today" }
                if charted.isEmpty { el("p") { "No session charted yet today." } } else {
                    el("ul", .class("day-list")) {
                        for s in charted {
                            el("li") {
                                el("strong") { CalendarPage.format(s.startedAt, tz, "HH:mm") }
                                " "
                                el("a", .href(StaffRoute.client.path(s.clientID))) { s.clientName }
                                " · session \(s.sessionNumber) by \(names[s.technicianID] ?? "a former colleague")"
                            }
                        }
                    }
                }
            }
            el("p") {
                el("a", .class("small-button"), .href(StaffRoute.registerForm.path())) { "Register a client" }
                if health { " "; el("a", .class("small-button"), .href(StaffRoute.dashboard.path())) { "Healing clients" } }
            }
        }
    }

    /// What is missing, in words for the person reading: reception is told that the screening
    /// needs the technician, not why.
    static func words(_ item: ChairReadiness, health: Bool) -> String {
        switch item {
        case .identityCheck: "Identity document not recorded"
        case .screening: "Screening not completed"
        case .contraindication: health ? "Screening rules treatment out: see the record" : "Screening needs the technician"
        case .clearance(let kind): health ? "\(kind.title) needed" : "Screening needs the technician"
        case .consent(let kind): "Consent needed: \(kind.title.lowercased())"
        }
    }
}
