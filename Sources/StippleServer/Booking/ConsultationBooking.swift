import Foundation
import StippleCore
import StippleStore

/// Booking a free consultation from the public site, apart from HTTP: holding a slot while the
/// form is filled in, booking it, and moving or cancelling it through the manage link (the time
/// it frees goes to the waiting list's first in line, `Waitlist`). Every
/// change sends its message through the booking outbox, in the same transaction: the time in the
/// clinic's zone, the calendar file, and a manage link bound to the booking's version.
struct ConsultationBooking {
    let store: Store
    let now: Date
    let sealer: LinkSealer

    /// How long a slot stays held for its form.
    static let holdMinutes = 10
    /// How long after a consultation the health answers of a booker who never became a client
    /// are kept: long enough to register someone who comes back to decide.
    static let unclaimedAnswersDays = 30
    static let type = AppointmentType.consultation

    /// Holds `start` at the clinic with the first technician free then, for the form. Returns the
    /// hold and the token of the form's address.
    func hold(at clinic: ClinicAvailability, start: Date, language: Language, mode: ConsultationMode) async throws -> (Booking, String) {
        let token = SecretToken.generate()
        let booking = try await place(at: clinic, technician: nil, start: start) { technician in
            NewBooking(clinicID: clinic.clinic.id, technicianID: technician, type: Self.type, mode: mode, startsAt: start,
                       language: language, holdExpiresAt: now + TimeInterval(Self.holdMinutes * 60),
                       holdTokenHash: SecretToken.hash(token))
        }
        return (booking, token)
    }

    /// Books a held slot with the form's details. Returns the booking and its manage token.
    func confirm(_ hold: Booking, clinic: Clinic, request: ConsultationRequest) async throws -> (Booking, String) {
        let token = SecretToken.generate()
        let result = try await store.confirmHold(hold.id, request: request, linkHash: SecretToken.hash(token),
                                                 messages: messages(.confirmation, clinic, token: token), now: now)
        return (result, token)
    }

    /// Books `start` at once (the API), with `technician` or the first free one.
    func book(at clinic: ClinicAvailability, technician: UUID?, start: Date, request: ConsultationRequest) async throws -> (Booking, String) {
        let token = SecretToken.generate()
        let booking = try await place(at: clinic, technician: technician, start: start, token: token) { technician in
            NewBooking(clinicID: clinic.clinic.id, technicianID: technician, type: Self.type, mode: request.mode,
                       startsAt: start, language: request.language, request: request)
        }
        return (booking, token)
    }

    /// Moves the booking (as of `version`) to `start`, with the first technician free then.
    /// Returns the moved booking and its new manage token; the old one stops changing it.
    func reschedule(_ booking: Booking, version: Int, at clinic: ClinicAvailability, start: Date) async throws -> (Booking, String) {
        guard Self.type.changeable(startingAt: booking.startsAt, now: now) else { throw BookingNotCurrent(booking) }
        let token = SecretToken.generate()
        // The booker's technician first, to keep the same person where they can.
        let order = [booking.technicianID] + clinic.technicians.map(\.id).filter { $0 != booking.technicianID }
        var last: BookingRefusal = .taken
        for technician in order {
            do {
                let result = try await store.rescheduleBooking(
                    booking.id, version: version, technician: technician, type: Self.type, startsAt: start,
                    linkHash: SecretToken.hash(token), messages: messages(.rescheduled, clinic.clinic, token: token),
                    now: now, check: clinic.check(start, Self.type, technician: technician, now: now))
                try await Waitlist(store: store, now: now, sealer: sealer)
                    .offer(clinic: clinic.clinic, technician: booking.technicianID, start: booking.startsAt)
                return (result, token)
            } catch let error as BookingRefused {
                last = error.refusal
                if !Self.tryNext(error.refusal) { break }
            }
        }
        throw BookingRefused(last)
    }

    /// Cancels the booking (as of `version`; nil for the clinic's staff, at any time).
    func cancel(_ booking: Booking, version: Int?, clinic: Clinic, by: String) async throws -> Booking {
        if version != nil, !Self.type.changeable(startingAt: booking.startsAt, now: now) { throw BookingNotCurrent(booking) }
        let cancelled = try await store.cancelBooking(booking.id, version: version, by: by,
                                                      messages: messages(.cancelled, clinic, token: nil), now: now)
        try await fileWithKnownClient(cancelled)
        try await Waitlist(store: store, now: now, sealer: sealer).offer(clinic: clinic, technician: booking.technicianID, start: booking.startsAt)
        return cancelled
    }

    /// A no-show or a cancellation of someone on file (one client of the clinic with the name
    /// and date of birth given) goes on their record. Nothing of it reaches the booker.
    func fileWithKnownClient(_ booking: Booking) async throws {
        guard booking.clientID == nil, let name = booking.fullName, let born = booking.dateOfBirth else { return }
        let known = try await store.clients(named: name, born: born, clinic: booking.clinicID)
        if known.count == 1 { try await store.linkBooking(booking.id, client: known[0].id) }
    }

    /// Deletes the health answers of bookers whose consultation is `unclaimedAnswersDays` past
    /// and who are on no client record (the worker's beat).
    func dropUnclaimedAnswers() async throws -> Int {
        try await store.dropUnclaimedBookingScreenings(before: now - TimeInterval(Self.unclaimedAnswersDays * 86_400))
    }

    // MARK: Parts

    /// Tries the technicians free at `start` in order (or `technician` alone) until one takes.
    private func place(at clinic: ClinicAvailability, technician: UUID?, start: Date, token: String? = nil,
                       _ make: (UUID) -> NewBooking) async throws -> Booking {
        let asked = technician.map { [$0] } ?? clinic.technicians.map(\.id)
        guard !asked.isEmpty, technician == nil || clinic.technicians.contains(where: { $0.id == technician }) else {
            throw BookingRefused(.technicianUnavailable)
        }
        // Who looks free now, read once: only they are tried, each under the database's guard,
        // so a time everyone has taken costs one read, not a transaction a technician.
        let busy = try await store.busy(technicians: asked, from: start - 86_400, until: start + 86_400, now: now)
        let candidates = asked.filter { clinic.check(start, Self.type, technician: $0, now: now)(busy[$0] ?? []) == nil }
        if candidates.isEmpty, let first = asked.first, let refusal = clinic.check(start, Self.type, technician: first, now: now)(busy[first] ?? []) {
            // The clinic's refusal (too soon, closed) when it has one, else that everyone is taken.
            throw BookingRefused(asked.count > 1 && refusal == .technicianUnavailable ? .taken : refusal)
        }
        // A hold sends nothing; a booking its confirmation.
        let compose: Store.BookingMessages = token == nil ? { @Sendable _ in [] } : messages(.confirmation, clinic.clinic, token: token)
        var last: BookingRefusal = .taken
        for id in candidates {
            do {
                return try await store.placeBooking(make(id), linkHash: token.map(SecretToken.hash), messages: compose, now: now,
                                                    check: clinic.check(start, Self.type, technician: id, now: now))
            } catch let error as BookingRefused {
                last = error.refusal
                if !Self.tryNext(error.refusal) { break }
            }
        }
        throw BookingRefused(last)
    }

    /// Refusals another technician might not give; the rest hold for the whole clinic.
    private static func tryNext(_ refusal: BookingRefusal) -> Bool {
        refusal == .taken || refusal == .technicianUnavailable
    }

    /// The messages a change sends: the news now, with the calendar file (by email); for a new
    /// booking the link to the health questions; and for a booking a reminder a day before, moved
    /// out of the clinic's quiet hours and left out when that is already past.
    func messages(_ kind: BookingMessageKind, _ clinic: Clinic, token: String?) -> Store.BookingMessages {
        let now = now, sealer = sealer
        return { b in try Self.messages(kind, b, clinic, token: token, now: now, sealer: sealer) }
    }

    private static func messages(_ kind: BookingMessageKind, _ b: Booking, _ clinic: Clinic, token: String?, now: Date,
                                 sealer: LinkSealer) throws -> [NewBookingMessage] {
        let zone = try clinic.zone()
        let text: (subject: String, body: String) = switch kind {
        case .confirmation: BookingText.confirmation(b, clinic, zone)
        case .rescheduled: BookingText.rescheduled(b, clinic, zone)
        case .cancelled: BookingText.cancelled(b, clinic, zone)
        case .reminder, .waitlistOffer: BookingText.reminder(b, clinic, zone)
        case .screeningLink: BookingText.screeningLink(b, clinic, zone)
        }
        let event = BookingText.event(b, clinic)
        let calendar = b.channel == .email
            ? try BookingInvite.render(b, clinic: clinic, summary: event.summary, description: event.description, now: now) : nil
        let sealed = token.flatMap(sealer.seal)
        var out = [NewBookingMessage(kind: kind, language: b.language, channel: b.channel, subject: text.subject, text: text.body,
                                     sealedToken: sealed, calendar: calendar)]
        if kind == .confirmation {
            let questions = BookingText.screeningLink(b, clinic, zone)
            out.append(NewBookingMessage(kind: .screeningLink, language: b.language, channel: b.channel, subject: questions.subject,
                                         text: questions.body, sealedToken: sealed))
        }
        if kind != .cancelled {
            let due = clinic.reminders.outsideQuietHours(b.startsAt - 86_400, in: zone)
            if due > now && due < b.startsAt {
                let reminder = BookingText.reminder(b, clinic, zone)
                out.append(NewBookingMessage(kind: .reminder, language: b.language, channel: b.channel, subject: reminder.subject,
                                             text: reminder.body, sealedToken: sealed, dueAt: due))
            }
        }
        return out
    }
}
