import Foundation
import StippleCore
import StippleStore
import Vapor

// A booking's manage link, `/b/<token>`: the booking, its calendar file, another time, cancel.
// A link of an earlier version shows where the booking is now and changes nothing.
extension PublicSiteController {
    struct Managed {
        var booking: Booking
        var linkVersion: Int
        var clinic: Clinic
        var zone: TimeZone
        var token: String
        var isCurrent: Bool { linkVersion == booking.version && booking.status != .held }
    }

    static func managed(_ req: Request) async throws -> Managed {
        let token = req.parameters.get("token") ?? ""
        guard token.count < 100, let found = try await req.store.booking(linkHash: SecretToken.hash(token)),
              let clinic = try await req.store.clinic(found.booking.clinicID)
        else { throw Abort(.notFound) }
        return Managed(booking: found.booking, linkVersion: found.linkVersion, clinic: clinic, zone: try clinic.zone(), token: token)
    }

    func manage(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        let notice: ManageBookingPage.Notice? = switch req.query[String.self, at: "done"] {
        case "booked": .booked
        case "moved": .moved
        case "cancelled": .cancelled
        case "waitlisted": .waitlisted
        default: nil
        }
        return ManageBookingPage.render(m.booking, clinic: m.clinic, zone: m.zone, token: m.token, linkVersion: m.linkVersion,
                                        notice: m.isCurrent ? notice : nil, waiting: try await req.store.isWaiting(booking: m.booking.id),
                                        screened: try await req.store.bookingScreening(m.booking.id) != nil, now: req.now, base: req.base)
    }

    /// The booking's calendar file, as its messages carry it.
    func calendarFile(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        guard m.isCurrent else { throw Abort(.notFound) }
        let event = BookingText.event(m.booking, m.clinic)
        let body = try BookingInvite.render(m.booking, clinic: m.clinic, summary: event.summary, description: event.description, now: req.now)
        let response = Response(status: .ok, body: .init(string: body))
        response.headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"booking.ics\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex, nofollow")
        return response
    }

    func rescheduleSlots(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        guard m.isCurrent, m.booking.status == .booked, ConsultationBooking.type.changeable(startingAt: m.booking.startsAt, now: req.now)
        else { return Self.stale(req, m) }
        return try await Self.movePage(req, m)
    }

    func reschedule(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        let form = try Self.form(req)
        if let refused = Self.throttled(req) { return refused }
        guard m.isCurrent, m.booking.status == .booked else { return Self.stale(req, m) }
        let lang = SiteLanguage(m.booking.language)
        guard let text = form["start"], let start = try? Instant.parse(text, field: "start") else {
            return try await Self.movePage(req, m, problem: lang.t("Choose one of the times listed.", "Kies een van de getoonde tijden."),
                                           status: .unprocessableEntity)
        }
        let availability = try await ClinicAvailability.load(m.clinic, store: req.store, now: req.now)
        do {
            let (_, token) = try await req.booking.reschedule(m.booking, version: m.linkVersion, at: availability, start: start)
            return req.redirect(to: PublicRoute.manage.path(token) + "?done=moved", redirectType: .normal)
        } catch let error as BookingRefused {
            return try await Self.movePage(req, m, problem: BookingText.refusal(error.refusal, m.zone, m.booking.language),
                                           from: LocalDate(start, in: m.zone), status: .conflict)
        } catch let error as BookingNotCurrent {
            return Self.stale(req, m, now: error.booking)
        }
    }

    func cancel(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        if let refused = Self.throttled(req) { return refused }
        guard m.isCurrent, m.booking.status == .booked else { return Self.stale(req, m) }
        do {
            _ = try await req.booking.cancel(m.booking, version: m.linkVersion, clinic: m.clinic, by: "client")
            return req.redirect(to: PublicRoute.manage.path(m.token) + "?done=cancelled", redirectType: .normal)
        } catch let error as BookingNotCurrent {
            return Self.stale(req, m, now: error.booking)
        }
    }

    /// What an old link, a cancelled booking or a booking too close to change answers a change
    /// with: the booking as it stands, 409, nothing changed.
    static func stale(_ req: Request, _ m: Managed, now booking: Booking? = nil) -> Response {
        let b = booking ?? m.booking
        let lang = SiteLanguage(b.language)
        let problem = b.status == .booked && m.linkVersion == b.version
            ? lang.t("It is too close to change online: please call the clinic.", "Het is te kort dag om online te wijzigen: bel de kliniek.")
            : nil
        return ManageBookingPage.render(b, clinic: m.clinic, zone: m.zone, token: m.token, linkVersion: m.linkVersion, notice: nil,
                                        problem: problem, now: req.now, base: req.base, status: .conflict)
    }

    static func movePage(_ req: Request, _ m: Managed, problem: String? = nil, from: LocalDate? = nil,
                         status: HTTPStatus = .ok) async throws -> Response {
        let availability = try await ClinicAvailability.load(m.clinic, store: req.store, now: req.now)
        return try await slotsPage(req, lang: SiteLanguage(m.booking.language), availability, action: PublicRoute.reschedule.path(m.token),
                                   address: PublicRoute.rescheduleSlots.path(m.token), moving: m.booking, problem: problem, from: from,
                                   status: status)
    }
}
