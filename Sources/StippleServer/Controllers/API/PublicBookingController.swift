import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/public`: the public site's booking as JSON, for a partner site or an app; no token.
/// The clinics, their free consultation times, and booking one: 201 with the manage link, 409
/// when the time was just taken, 422 naming the field. Posts count against the address's limit.
struct PublicBookingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let api = routes.grouped("api", "v1", "public")
        api.get("clinics", use: clinics)
        api.get("clinics", ":clinicID", "slots", use: slots)
        api.post("bookings", use: book)
    }

    struct ClinicView: Content {
        var id: UUID, slug: String, name: String, address: String, country: String, timeZone: String, language: Language
        var phone: String?, email: String?
        var openingHours: OpeningHours
    }

    /// A free time, and how many technicians are free then.
    struct SlotView: Content {
        var startsAt: Date, endsAt: Date, technicians: Int
    }

    struct SlotsView: Content {
        var clinicID: UUID, timeZone: String, appointment: AppointmentType.Kind, minutes: Int
        var slots: [SlotView]
    }

    struct Input: Decodable {
        var clinicID: UUID
        var technicianID: UUID?
        /// Read as text, so a malformed time is named by its field.
        var startsAt: String
        var fullName: String?, email: String?, phone: String?, dateOfBirth: String?, concern: String?, language: String?
        var mode: String?, note: String?
    }

    struct BookingView: Content {
        var id: UUID, clinicID: UUID, technicianID: UUID, appointment: AppointmentType.Kind, mode: ConsultationMode
        var startsAt: Date, endsAt: Date, timeZone: String, localStart: String, status: Booking.Status, version: Int
        /// The booker's private page to change or cancel it: shown once, and sent with the confirmation.
        var manageURL: String
    }

    func clinics(req: Request) async throws -> [ClinicView] {
        var out: [ClinicView] = []
        for c in try await req.store.clinics() {
            out.append(ClinicView(id: c.id, slug: c.slug, name: c.name, address: c.address, country: c.country, timeZone: c.timeZone,
                                  language: c.language, phone: c.phone, email: c.email,
                                  openingHours: try await req.store.openingHours(clinic: c.id)))
        }
        return out
    }

    func slots(req: Request) async throws -> Response {
        let id = try req.uuid("clinicID")
        guard let clinic = try await req.store.clinic(id) else { throw APIError.notFound("clinic") }
        let a = try await ClinicAvailability.load(clinic, store: req.store, now: req.now)
        let today = LocalDate(req.now, in: a.zone)
        var from = today
        if let text = req.query[String.self, at: "from"] {
            guard let day = LocalDate(iso: text) else { throw APIError.invalid("from", "must be a date (YYYY-MM-DD)") }
            from = max(day, today)
        }
        var days = 7
        if let text = req.query[String.self, at: "days"] {
            guard let n = Int(text), (1...28).contains(n) else { throw APIError.invalid("days", "must be from 1 to 28") }
            days = n
        }
        let type = ConsultationBooking.type
        let slots = try await a.slots(type, from: from.start(in: a.zone), until: from.adding(days: days).start(in: a.zone),
                                      now: req.now, store: req.store)
        return try SlotsJSON.response(SlotsView(clinicID: id, timeZone: clinic.timeZone, appointment: type.kind, minutes: type.minutes,
                                                slots: Self.times(slots)))
    }

    /// The slots as distinct times, in order, each with its number of free technicians.
    static func times(_ slots: [Slot]) -> [SlotView] {
        var out: [SlotView] = []
        for slot in slots {
            if let last = out.last, last.startsAt == slot.start { out[out.count - 1].technicians += 1 } else {
                out.append(SlotView(startsAt: slot.start, endsAt: slot.end, technicians: 1))
            }
        }
        return out
    }

    func book(req: Request) async throws -> Response {
        let input = try req.decodeJSON(Input.self)
        if let wait = req.application.publicFormThrottle.attempt(from: req.clientAddress, at: req.now) {
            throw APIError(status: .tooManyRequests, code: "too_many_requests", message: "too many posts from this address: try again in \(wait) s")
        }
        let startsAt = try Instant.parse(input.startsAt, field: "startsAt")
        guard let clinic = try await req.store.clinic(input.clinicID) else { throw APIError.invalid("clinicID", "must be a clinic of the chain") }
        let zone = try clinic.zone()
        let request: ConsultationRequest
        switch ConsultationRequest.check(fullName: input.fullName, email: input.email, phone: input.phone, dateOfBirth: input.dateOfBirth,
                                         concern: input.concern, language: input.language ?? clinic.language.rawValue, mode: input.mode,
                                         note: input.note, today: LocalDate(req.now, in: zone)) {
        case let .failure(problems):
            let first = problems.all[0]
            throw APIError.invalid(first.field, BookingText.problem(first, .enGB))
        case let .success(checked):
            request = checked
        }
        let a = try await ClinicAvailability.load(clinic, store: req.store, now: req.now)
        if let technician = input.technicianID, !a.technicians.contains(where: { $0.id == technician }) {
            throw APIError.invalid("technicianID", "must be a technician of the clinic")
        }
        do {
            let (booking, token) = try await req.booking.book(at: a, technician: input.technicianID, start: startsAt, request: request)
            let response = Response(status: .created)
            try response.content.encode(BookingView(
                id: booking.id, clinicID: booking.clinicID, technicianID: booking.technicianID, appointment: booking.kind,
                mode: booking.mode, startsAt: booking.startsAt, endsAt: booking.endsAt, timeZone: clinic.timeZone,
                localStart: BookingInvite.local(booking.startsAt, zone), status: booking.status, version: booking.version,
                manageURL: req.publicBaseURL + PublicRoute.manage.path(token)))
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
            return response
        } catch let error as BookingRefused {
            let message = BookingText.refusal(error.refusal, zone, .enGB)
            if error.refusal == .taken { throw APIError(status: .conflict, code: "slot_taken", message: message, field: "startsAt") }
            throw APIError.invalid("startsAt", message)
        }
    }
}
