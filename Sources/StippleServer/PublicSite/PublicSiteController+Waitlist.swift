import Foundation
import StippleCore
import StippleStore
import Vapor

// The waiting list: a booking asks to hear of an earlier time (`/b/<token>/waitlist`); an
// offer's link (`/w/<token>`) shows the time held for them and takes it.
extension PublicSiteController {
    func joinWaitlist(req: Request) async throws -> Response {
        let m = try await Self.managed(req)
        if let refused = Self.throttled(req) { return refused }
        guard m.isCurrent, m.booking.status == .booked else { return Self.stale(req, m) }
        _ = try await req.store.joinWaitlist(booking: m.booking, now: req.now)
        return req.redirect(to: PublicRoute.manage.path(m.token) + "?done=waitlisted", redirectType: .normal)
    }

    func offer(req: Request) async throws -> Response {
        let (offer, booking, clinic, token) = try await Self.offered(req)
        return OfferPage.render(offer, booking: booking, clinic: clinic, zone: try clinic.zone(), token: token, now: req.now, base: req.base)
    }

    func acceptOffer(req: Request) async throws -> Response {
        let (offer, booking, clinic, token) = try await Self.offered(req)
        if let refused = Self.throttled(req) { return refused }
        do {
            let (_, manage) = try await req.waitlist.accept(token: token, offer: offer, clinic: clinic, previous: booking)
            return req.redirect(to: PublicRoute.manage.path(manage) + "?done=moved", redirectType: .normal)
        } catch is BookingNotCurrent {
            let now = try await req.store.waitlistOffer(tokenHash: SecretToken.hash(token)) ?? offer
            let current = try await req.store.booking(booking.id) ?? booking
            return OfferPage.render(now, booking: current, clinic: clinic, zone: try clinic.zone(), token: token, now: req.now,
                                    base: req.base, status: .conflict)
        }
    }

    static func offered(_ req: Request) async throws -> (WaitlistOffer, Booking, Clinic, String) {
        let token = req.parameters.get("token") ?? ""
        guard token.count < 100, let offer = try await req.store.waitlistOffer(tokenHash: SecretToken.hash(token)),
              let booking = try await req.store.booking(offer.bookingID), let clinic = try await req.store.clinic(offer.clinicID)
        else { throw Abort(.notFound) }
        return (offer, booking, clinic, token)
    }
}
