import Foundation
import StippleCore
import StippleStore
import Vapor

// The health questions before a consultation (`/b/<token>/health`): open while the link is the
// booking's current one and it is booked; answered once.
extension PublicSiteController {
    func bookingScreening(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        guard m.isCurrent, m.booking.status == .booked else { return Self.stale(req, m) }
        if try await req.store.bookingScreening(m.booking.id) != nil {
            return BookingScreeningPage.thanks(m.booking, clinic: m.clinic, token: m.token, assessment: nil, base: req.base)
        }
        return BookingScreeningPage.render(m.booking, clinic: m.clinic, zone: m.zone, token: m.token, base: req.base)
    }

    func submitBookingScreening(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        if let refused = Self.throttled(req) { return refused }
        guard m.isCurrent, m.booking.status == .booked, let name = m.booking.fullName else { return Self.stale(req, m) }
        var form = ScreeningForm(values: FormUpload.read(req).values)
        guard let response = form.response(confirming: name, language: m.booking.language) else {
            return BookingScreeningPage.render(m.booking, clinic: m.clinic, zone: m.zone, token: m.token, form: form, base: req.base,
                                               status: .unprocessableEntity)
        }
        guard try await req.store.completeBookingScreening(
            booking: m.booking.id, version: m.linkVersion, language: m.booking.language, response: response,
            confirmedName: form.confirmedName, remoteAddress: req.remoteAddress?.ipAddress,
            userAgent: req.headers.first(name: .userAgent).map { String($0.prefix(300)) }, now: req.now)
        != nil else {
            // Answered already (or changed meanwhile): the first answers stand.
            let current = try await req.store.booking(m.booking.id) ?? m.booking
            guard current.version == m.linkVersion, current.status == .booked else { return Self.stale(req, m, now: current) }
            return BookingScreeningPage.thanks(m.booking, clinic: m.clinic, token: m.token, assessment: nil, base: req.base, status: .conflict)
        }
        // A booking always has a date of birth (the form asks for it); the age only adds the under-18 block.
        let age = m.booking.dateOfBirth.map { AgeCheck.age(born: $0, on: LocalDate(req.now, in: m.zone)) } ?? 18
        let assessment = ScreeningAssessment.assess(response.answers, age: age, cleared: [])
        return BookingScreeningPage.thanks(m.booking, clinic: m.clinic, token: m.token, assessment: assessment, base: req.base)
    }
}
