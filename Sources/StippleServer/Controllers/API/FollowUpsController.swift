import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/journeys/:journeyID/follow-up`: booking the next session from a healing journey.
/// The engine's spacing rule decides: before the minimum gap, on a scalp not yet healed, or with
/// an amber or red check-in open, the date is refused with the reason and the first allowed
/// date. Only an admin may book it anyway, with a written reason that is kept.
struct FollowUpsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let followUp = routes.grouped("journeys", ":journeyID", "follow-up")
        followUp.post(use: book)
        followUp.get(use: show)
        followUp.delete(use: cancel)
    }

    struct Input: Decodable {
        /// Read as text, so a malformed date is named by its field.
        var startsAt: String
        var technicianID: UUID
        var overrideReason: String?
    }

    struct View: Content {
        var id: UUID
        var journeyID: UUID
        var sessionNumber: Int
        var startsAt: Date
        var date: LocalDate
        var technicianID: UUID
        var overrideReason: String?
        /// When the client is reminded (the day before), if it is still to come.
        var reminderDueAt: Date?
    }

    func book(req: Request) async throws -> Response {
        let staff = try req.staff
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: .all)
        req.auditNote(clientID: context.client.id, clinicID: context.clinic.id)
        let input = try req.decodeJSON(Input.self)
        let startsAt = try Instant.parse(input.startsAt, field: "startsAt")
        let (booked, reminder) = try await FollowUpBooking.book(
            context, startsAt: startsAt, technicianID: input.technicianID, overrideReason: input.overrideReason,
            by: staff, store: req.store, now: req.now, protocol: req.settings.aftercareProtocol)
        let response = Response(status: .created)
        try response.content.encode(view(booked, timeZone: context.timeZone, reminder: reminder))
        return response
    }

    func show(req: Request) async throws -> View {
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: [])
        guard let booked = try await req.store.bookedFollowUp(journey: context.journey.id) else {
            throw APIError.notFound("follow-up")
        }
        let reminder = try await req.store.reminders(journey: context.journey.id)
            .first { $0.kind == .followUp && $0.status == .scheduled }?.dueAt
        return view(booked, timeZone: context.timeZone, reminder: reminder)
    }

    func cancel(req: Request) async throws -> HTTPStatus {
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: [])
        guard try await req.store.cancelFollowUp(journey: context.journey.id) else { throw APIError.notFound("follow-up") }
        return .noContent
    }

    private func view(_ f: FollowUp, timeZone: TimeZone, reminder: Date?) -> View {
        View(id: f.id, journeyID: f.journeyID, sessionNumber: f.sessionNumber, startsAt: f.startsAt,
             date: LocalDate(f.startsAt, in: timeZone), technicianID: f.technicianID, overrideReason: f.overrideReason,
             reminderDueAt: reminder)
    }
}
