import Foundation
import StippleCore
import StippleStore
import Vapor

// Consultations booked on the public site, as the clinic handles them: the booker came or did
// not, or the clinic cancels (the booker gets the cancellation with its calendar file).
extension StaffPagesController {
    func recordBookingOutcome(req: Request) async throws -> Response {
        let (booking, staff) = try await Self.visibleBooking(req)
        let form = try req.content.decode([String: String].self)
        guard let outcome = Booking.Status(rawValue: form["outcome"] ?? ""), outcome == .noShow || outcome == .attended else {
            throw APIError.invalid("outcome", "must be no-show or attended")
        }
        guard req.now >= booking.startsAt else {
            throw APIError.invalid("outcome", "can be recorded once the consultation has begun (\(booking.startsAt.formatted(.iso8601)))")
        }
        do {
            _ = try await req.store.recordBookingOutcome(booking.id, outcome, by: staff.id, now: req.now)
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
        let form = try req.content.decode([String: String].self)
        guard let clinic = try await req.store.clinic(booking.clinicID) else { throw APIError.notFound("booking") }
        do {
            _ = try await req.booking.cancel(booking, version: nil, clinic: clinic, by: staff.name)
        } catch is BookingNotCurrent {
            throw APIError(status: .conflict, code: "conflict", message: "the booking is no longer booked", field: "booking")
        }
        return StaffFlash(notice: "The consultation of \(booking.fullName ?? "the booker") is cancelled; they are told.", secret: nil)
            .redirect(req, to: Self.back(form))
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
