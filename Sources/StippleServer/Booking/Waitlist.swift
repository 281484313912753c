import Foundation
import StippleCore
import StippleStore

/// The waiting list for an earlier consultation, apart from HTTP. A time freed by a
/// cancellation or a move is offered to the first in line, held for them for half an hour; an
/// offer not taken in time lapses (`sweep`, run by the worker) and goes to the next; taking one
/// moves the booking, which frees its old time for the next in turn.
struct Waitlist {
    let store: Store
    let now: Date
    let sealer: LinkSealer

    static let holdMinutes = 30

    /// Offers the time `start` with `technician` at the clinic to the first in line, if anyone waits.
    @discardableResult
    func offer(clinic: Clinic, technician: UUID, start: Date) async throws -> WaitlistOffer? {
        guard start > now else { return nil }
        let availability = try await ClinicAvailability.load(clinic, store: store, now: now)
        let type = ConsultationBooking.type
        let token = SecretToken.generate()
        let expires = min(now + TimeInterval(Self.holdMinutes * 60), start)
        let zone = try clinic.zone()
        let sealed = sealer.seal(token)
        return try await store.offerFreedTime(
            clinic: clinic.id, technician: technician, type: type, startsAt: start, tokenHash: SecretToken.hash(token), expiresAt: expires,
            now: now, check: availability.check(start, type, technician: technician, now: now)) { waiter in
            let text = BookingText.waitlistOffer(waiter, start: start, until: expires, clinic, zone)
            return NewBookingMessage(kind: .waitlistOffer, language: waiter.language, channel: waiter.channel, subject: text.subject,
                                     text: text.body, sealedToken: sealed)
        }
    }

    /// Lapses the offers whose half hour is over and offers each time to the next in line.
    /// Returns how many lapsed.
    @discardableResult
    func sweep() async throws -> Int {
        let lapsed = try await store.lapseOffers(now: now)
        for offer in lapsed {
            guard let clinic = try await store.clinic(offer.clinicID) else { continue }
            try await self.offer(clinic: clinic, technician: offer.technicianID, start: offer.startsAt)
        }
        return lapsed.count
    }

    /// Takes the offer: the booking moves to its time with a new manage link. Returns the moved
    /// booking and that link's token; the booking's old time goes to the next in line.
    func accept(token: String, offer: WaitlistOffer, clinic: Clinic, previous: Booking) async throws -> (Booking, String) {
        let manage = SecretToken.generate()
        let moved = try await store.acceptOffer(tokenHash: SecretToken.hash(token), type: ConsultationBooking.type,
                                                linkHash: SecretToken.hash(manage), now: now,
                                                messages: ConsultationBooking(store: store, now: now, sealer: sealer)
                                                    .messages(.rescheduled, clinic, token: manage))
        try await self.offer(clinic: clinic, technician: previous.technicianID, start: previous.startsAt)
        return (moved, manage)
    }
}
