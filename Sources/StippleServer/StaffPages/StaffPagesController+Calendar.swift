import Foundation
import StippleCore
import StippleStore
import Vapor

// The calendar page and the private iCalendar feed.
extension StaffPagesController {
    func calendar(req: Request) async throws -> Response {
        let staff = try req.staff
        let store = req.store
        let clinic: Clinic? = if let id = staff.clinicID { try await store.clinic(id) } else { nil }
        let tz = clinic.flatMap { TimeZone(identifier: $0.timeZone) } ?? TimeZone(identifier: "Europe/London")!
        var week = CalendarPage.monday(of: LocalDate(req.now, in: tz))
        if let text = req.query[String.self, at: "week"], !text.isEmpty {
            guard let day = LocalDate(iso: text) else { throw Self.badFilter("week", "must be a date (YYYY-MM-DD)") }
            week = CalendarPage.monday(of: day)
        }
        var technician: UUID?
        if let text = req.query[String.self, at: "technician"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw Self.badFilter("technician", "must be a technician of the list") }
            technician = id
        }
        let scope: [UUID]? = staff.role == .admin ? nil : [staff.clinicID].compactMap { $0 }
        // A day either side: clinics in other time zones start and end their days at other instants.
        let entries = try await store.calendar(clinics: scope, technician: technician,
                                               from: week.adding(days: -1).start(in: tz), until: week.adding(days: 8).start(in: tz))
        let technicians = try await store.staff(clinic: staff.role == .admin ? nil : staff.clinicID, technicianOnly: true)
        let consultations = try await store.bookings(clinics: scope, from: week.adding(days: -1).start(in: tz),
                                                     until: week.adding(days: 8).start(in: tz), includeCancelled: true)
            .filter { technician == nil || $0.booking.technicianID == technician }
        let flash = StaffFlash.take(req)
        let page = CalendarPage.render(staff: staff, csrf: req.csrfToken, entries: entries, consultations: consultations,
                                       weekStart: week, timeZone: tz, technicians: technicians, technician: technician,
                                       now: req.now, notice: flash?.notice, feedURL: flash?.secret)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    /// Makes a new private feed address and shows it once, on the calendar it redirects to.
    func newCalendarFeed(req: Request) async throws -> Response {
        let staff = try req.staff
        let token = SecretToken.generate()
        try await req.store.setCalendarFeed(staff: staff.id, tokenHash: SecretToken.hash(token))
        let base = req.settings.publicURL ?? ""
        return StaffFlash(notice: nil, secret: "\(base)/calendar/\(token).ics")
            .redirect(req, to: StaffRoute.calendar.path() + "#feed")
    }
}

/// `GET /calendar/<token>.ics`: the feed a calendar app subscribes to. The token is the only
/// key: a technician's own sessions, a lead's or reception's clinic, an admin's whole chain.
struct CalendarFeedController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("calendar", ":feed", use: feed)
    }

    func feed(req: Request) async throws -> Response {
        guard let name = req.parameters.get("feed"), name.hasSuffix(".ics"), name.count < 120,
              let staff = try await req.store.staffMember(calendarFeedHash: SecretToken.hash(String(name.dropLast(4))))
        else { throw APIError.notFound("calendar") }
        let now = req.now
        let scope: [UUID]? = staff.role == .admin ? nil : [staff.clinicID].compactMap { $0 }
        let entries = try await req.store.calendar(
            clinics: scope, technician: staff.role == .technician ? staff.id : nil,
            from: now.addingTimeInterval(-30 * 86_400), until: now.addingTimeInterval(366 * 86_400), includeCancelled: true)
        let body = CalendarFeed.render(entries, name: "Stipple · \(staff.name)", now: now)
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        return response
    }
}
