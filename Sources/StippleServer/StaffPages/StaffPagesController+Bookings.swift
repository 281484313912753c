import Foundation
import StippleCore
import StippleStore
import Vapor

// Consultations booked on the public site, as the clinic handles them: the booker came or did
// not, or the clinic cancels (the booker gets the cancellation with its calendar file).
extension StaffPagesController {
    func recordBookingOutcome(req: Request) async throws -> Response {
        let (booking, staff) = try await Self.visibleBooking(req)
        let form = FormUpload.read(req).values
        guard let outcome = Booking.Status(rawValue: form["outcome"] ?? ""), outcome == .noShow || outcome == .attended else {
            throw APIError.invalid("outcome", "must be no-show or attended")
        }
        guard req.now >= booking.startsAt else {
            throw APIError.invalid("outcome", "can be recorded once the consultation has begun (\(booking.startsAt.formatted(.iso8601)))")
        }
        do {
            _ = try await req.store.recordBookingOutcome(booking.id, outcome, by: staff.id, now: req.now)
            if outcome == .noShow { try await req.booking.fileWithKnownClient(booking) }
        } catch is BookingNotCurrent {
            throw APIError(status: .conflict, code: "conflict", message: "the booking is no longer booked: it was cancelled or recorded already",
                           field: "outcome")
        }
        let name = booking.fullName ?? "The booker"
        return StaffFlash(notice: outcome == .noShow ? "\(name) is recorded as a no-show." : "\(name) came to the consultation.", secret: nil)
            .redirect(req, to: Self.back(form) + "#booking-\(booking.id)")
    }

    func cancelBooking(req: Request) async throws -> Response {
        let (booking, staff) = try await Self.visibleBooking(req)
        let form = FormUpload.read(req).values
        guard let clinic = try await req.store.clinic(booking.clinicID) else { throw APIError.notFound("booking") }
        do {
            _ = try await req.booking.cancel(booking, version: nil, clinic: clinic, by: staff.name)
        } catch is BookingNotCurrent {
            throw APIError(status: .conflict, code: "conflict", message: "the booking is no longer booked", field: "booking")
        }
        return StaffFlash(notice: "The consultation of \(booking.fullName ?? "the booker") is cancelled; they are told.", secret: nil)
            .redirect(req, to: Self.back(form))
    }

    /// Adds a consultation to the record of the client it turned out to be (the registration
    /// form found them by name and date of birth); a booking that has begun is recorded as come.
    func linkBookingToClient(req: Request) async throws -> Response {
        let (booking, staff) = try await Self.visibleBooking(req)
        let form = FormUpload.read(req).values
        guard let id = form["client"].flatMap(UUID.init(uuidString:)) else { throw APIError.invalid("client", "choose the client") }
        guard let client = try await req.store.client(id), client.clinicID == booking.clinicID else {
            throw APIError.invalid("client", "must be a client of the booking's clinic")
        }
        req.auditNote(clientID: client.id, clinicID: client.clinicID, subjectID: booking.id, action: .update)
        try await Self.attach(booking, to: client.id, by: staff, req: req)
        return StaffFlash(notice: "The consultation is on \(client.fullName)'s record.", secret: nil)
            .redirect(req, to: StaffRoute.client.path(client.id))
    }

    /// Ties the booking to the client and, once it has begun, records that they came.
    static func attach(_ booking: Booking, to client: UUID, by staff: StaffMember, req: Request) async throws {
        try await req.store.linkBooking(booking.id, client: client)
        if booking.status == .booked, req.now >= booking.startsAt {
            _ = try? await req.store.recordBookingOutcome(booking.id, .attended, by: staff.id, now: req.now)
        }
    }

    /// The booking of the route, when the signed-in person's clinic holds it.
    static func visibleBooking(_ req: Request) async throws -> (Booking, StaffMember) {
        let staff = try req.staff
        guard let booking = try await req.store.booking(try req.uuid("bookingID")), booking.status != .held,
              staff.canSee(clinic: booking.clinicID)
        else { throw APIError.notFound("booking") }
        req.auditNote(clinicID: booking.clinicID, action: .update)
        return (booking, staff)
    }

    /// Back to the page the form was on: the day or a week of the calendar.
    static func back(_ form: [String: String]) -> String {
        if let week = form["week"].flatMap(LocalDate.init(iso:)) { return StaffRoute.calendar.path() + "?week=\(week.iso)" }
        return StaffRoute.day.path()
    }
}
