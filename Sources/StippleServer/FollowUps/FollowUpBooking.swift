import Foundation
import StippleCore
import StippleStore

/// Booking a follow-up, for the API and the staff pages alike: the spacing rule decides, and
/// only an admin with a written reason books a date it refuses.
enum FollowUpBooking {
    /// The booked follow-up and when its reminder is due; throws the refusal as an `APIError`
    /// naming the field.
    static func book(_ context: JourneyContext, startsAt: Date, technicianID: UUID, overrideReason: String?,
                     by staff: StaffMember, store: Store, now: Date, protocol p: AftercareProtocol) async throws -> (FollowUp, Date?) {
        guard startsAt > now else { throw APIError.invalid("startsAt", "must be in the future") }
        guard startsAt < now.addingTimeInterval(2 * 366 * 86_400) else {
            throw APIError.invalid("startsAt", "must be within two years")
        }
        guard let technician = try await store.staffMember(technicianID), technician.role.isTechnician,
              technician.clinicID == context.clinic.id
        else { throw APIError.invalid("technicianID", "must be a technician of the journey's clinic") }
        let reason = try overrideReason.map { text -> String in
            guard let reason = try PlainText.note(text, field: "overrideReason", maximum: 500) else {
                throw APIError.invalid("overrideReason", "must be 1 to 500 characters")
            }
            return reason
        }

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
            let booked = try await store.bookFollowUp(
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
