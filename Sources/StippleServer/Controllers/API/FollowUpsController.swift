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
        let context = try await JourneyContext.load(try req.uuid("journeyID"), for: req, parts: .all)
        req.auditNote(clientID: context.client.id, clinicID: context.clinic.id)
        let input = try req.decodeJSON(Input.self)
        let startsAt = try Instant.parse(input.startsAt, field: "startsAt")
        let (booked, reminder) = try await FollowUpBooking.book(
            context, startsAt: startsAt, technicianID: input.technicianID, overrideReason: input.overrideReason,
            by: staff, req: req)
        let response = Response(status: .created)
        try response.content.encode(view(booked, timeZone: context.timeZone, reminder: reminder))
        return response
    }

    func show(req: Request) async throws -> View {
        let context = try await JourneyContext.load(try req.uuid("journeyID"), for: req, parts: [])
        guard let booked = try await req.store.bookedFollowUp(journey: context.journey.id) else {
            throw APIError.notFound("follow-up")
        }
        let reminder = try await req.store.reminders(journey: context.journey.id)
            .first { $0.kind == .followUp && $0.status == .scheduled }?.dueAt
        return view(booked, timeZone: context.timeZone, reminder: reminder)
    }

    func cancel(req: Request) async throws -> HTTPStatus {
        let context = try await JourneyContext.load(try req.uuid("journeyID"), for: req, parts: [])
        guard try await req.store.cancelFollowUp(journey: context.journey.id) else { throw APIError.notFound("follow-up") }
        return .noContent
    }

    private func view(_ f: FollowUp, timeZone: TimeZone, reminder: Date?) -> View {
        View(id: f.id, journeyID: f.journeyID, sessionNumber: f.sessionNumber, startsAt: f.startsAt,
             date: LocalDate(f.startsAt, in: timeZone), technicianID: f.technicianID, overrideReason: f.overrideReason,
             reminderDueAt: reminder)
    }
}

/// Booking a follow-up, for the API and the staff pages alike: the spacing rule decides, and
/// only an admin with a written reason books a date it refuses.
enum FollowUpBooking {
    /// The booked follow-up and when its reminder is due; throws the refusal as an `APIError`
    /// naming the field.
    static func book(_ context: JourneyContext, startsAt: Date, technicianID: UUID, overrideReason: String?,
                     by staff: StaffMember, req: Request) async throws -> (FollowUp, Date?) {
        let now = req.now
        guard startsAt > now else { throw APIError.invalid("startsAt", "must be in the future") }
        guard startsAt < now.addingTimeInterval(2 * 366 * 86_400) else {
            throw APIError.invalid("startsAt", "must be within two years")
        }
        guard let technician = try await req.store.staffMember(technicianID), technician.role.isTechnician,
              technician.clinicID == context.clinic.id
        else { throw APIError.invalid("technicianID", "must be a technician of the journey's clinic") }
        let reason = try overrideReason.map { text -> String in
            guard let reason = try PlainText.note(text, field: "overrideReason", maximum: 500) else {
                throw APIError.invalid("overrideReason", "must be 1 to 500 characters")
            }
            return reason
        }

        let p = req.settings.aftercareProtocol
        let tz = context.timeZone
        let date = LocalDate(startsAt, in: tz)
        let decision = context.spacing(now: now, protocol: p, requested: date)
        if decision.requestAllowed != true {
            guard reason != nil else {
                let why = decision.explanation(context.clinic.language, protocol: p).joined(separator: " ")
                let first = decision.blockedBy == nil
                    ? " The first allowed date is \(decision.earliestDate)."
                    : " An open \(decision.blockedBy!.rawValue) check-in must be closed by a person first."
                throw APIError(status: .unprocessableEntity, code: "refused_by_spacing_rule",
                               message: "\(date) cannot be booked. \(why)\(first)", field: "startsAt")
            }
            try staff.requireRole(.admin, because: "only an admin may book a date the spacing rule refuses")
        } else if reason != nil {
            throw APIError.invalid("overrideReason", "is only for a date the spacing rule refuses")
        }

        let reminder = ReminderPlan.followUp(on: date, sessionDate: context.journey.sessionDate, timeZone: tz,
                                             settings: context.clinic.reminders, now: now)
        do {
            let booked = try await req.store.bookFollowUp(
                NewFollowUp(journeyID: context.journey.id, clientID: context.client.id, clinicID: context.clinic.id,
                            technicianID: technician.id, bookedBy: staff.id, sessionNumber: decision.sessionNumber,
                            startsAt: startsAt, overrideReason: reason),
                reminder: reminder, now: now)
            return (booked, reminder?.dueAt)
        } catch is FollowUpAlreadyBooked {
            throw APIError(status: .conflict, code: "already_booked",
                           message: "this journey already has a follow-up booked: cancel it first", field: "startsAt")
        } catch is TechnicianAlreadyBooked {
            throw APIError(status: .conflict, code: "technician_booked",
                           message: "\(technician.name) has another session booked within \(Int(FollowUp.standardLength / 3600)) hours of this time",
                           field: "startsAt")
        }
    }
}
