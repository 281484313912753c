import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Books the follow-up and its reminder together. One booked follow-up per journey and one
    /// booked session at a time per technician: the database holds both (a unique index, and on
    /// PostgreSQL an exclusion constraint), so racing requests on any number of instances get
    /// `FollowUpAlreadyBooked` or `TechnicianAlreadyBooked`, never a second booking. The checks
    /// before the insert give the same answers without a failed statement.
    public func bookFollowUp(_ f: NewFollowUp, reminder: PlannedReminder?, now: Date) async throws -> FollowUp {
        // Racing bookings may deadlock on the exclusion constraint; the retry then sees the winner.
        var attempt = 1
        while true {
            do {
                return try await bookFollowUpOnce(f, reminder: reminder, now: now)
            } catch let error where TransientConflict.matches(error) && attempt < 5 {
                attempt += 1
            }
        }
    }

    private func bookFollowUpOnce(_ f: NewFollowUp, reminder: PlannedReminder?, now: Date) async throws -> FollowUp {
        let id = UUID()
        let endsAt = f.startsAt.addingTimeInterval(FollowUp.standardLength)
        do {
            try await writer.transaction { db in
                let sql = db as! any SQLDatabase
                try await Self.lockForWrite(JourneyRecord.table, f.journeyID, on: sql)
                let existing = try await sql.select().column("id").from(FollowUp.table)
                    .where("journey_id", .equal, f.journeyID).where("status", .equal, FollowUp.Status.booked.rawValue)
                    .first()
                guard existing == nil else { throw FollowUpAlreadyBooked() }
                let clash = try await sql.select().column("id").from(FollowUp.table)
                    .where("technician_id", .equal, f.technicianID).where("status", .equal, FollowUp.Status.booked.rawValue)
                    .where("starts_at", .lessThan, endsAt).where("ends_at", .greaterThan, f.startsAt)
                    .first()
                guard clash == nil else { throw TechnicianAlreadyBooked() }
                try await sql.insert(into: FollowUp.table)
                    .columns("id", "journey_id", "client_id", "clinic_id", "technician_id", "booked_by", "session_number",
                             "starts_at", "ends_at", "status", "override_reason", "created_at")
                    .values(SQLBind(id), SQLBind(f.journeyID), SQLBind(f.clientID), SQLBind(f.clinicID), SQLBind(f.technicianID),
                            SQLBind(f.bookedBy), SQLBind(f.sessionNumber), SQLBind(f.startsAt), SQLBind(endsAt),
                            SQLBind(FollowUp.Status.booked.rawValue), SQLBind(f.overrideReason), SQLBind(now))
                    .run()
                if let reminder { try await Store(db).insertReminders([reminder], journey: f.journeyID, now: now) }
            }
        } catch let error where ConstraintViolation(error) == .unique {
            throw FollowUpAlreadyBooked()
        } catch let error where ConstraintViolation(error) == .exclusion {
            throw TechnicianAlreadyBooked()
        }
        return FollowUp(id: id, journeyID: f.journeyID, clientID: f.clientID, clinicID: f.clinicID, technicianID: f.technicianID,
                        bookedBy: f.bookedBy, sessionNumber: f.sessionNumber, startsAt: f.startsAt, endsAt: endsAt,
                        status: .booked, overrideReason: f.overrideReason)
    }

    /// The journey's booked follow-up, if any.
    public func bookedFollowUp(journey: UUID) async throws -> FollowUp? {
        guard let row = try await sql.select().column("*").from(FollowUp.table)
            .where("journey_id", .equal, journey).where("status", .equal, FollowUp.Status.booked.rawValue).first()
        else { return nil }
        return FollowUp(
            id: try row.decode(column: "id", as: UUID.self), journeyID: journey,
            clientID: try row.decode(column: "client_id", as: UUID.self),
            clinicID: try row.decode(column: "clinic_id", as: UUID.self),
            technicianID: try row.decode(column: "technician_id", as: UUID.self),
            bookedBy: try row.decode(column: "booked_by", as: UUID.self),
            sessionNumber: try row.decode(column: "session_number", as: Int.self),
            startsAt: try row.decode(column: "starts_at", as: Date.self),
            endsAt: try row.decode(column: "ends_at", as: Date.self), status: .booked,
            overrideReason: try row.decode(column: "override_reason", as: String?.self))
    }

    /// Cancels the journey's booked follow-up and drops its reminder if not yet sent. Returns
    /// whether there was one.
    @discardableResult
    public func cancelFollowUp(journey: UUID) async throws -> Bool {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let booked = try await sql.select().column("id").from(FollowUp.table)
                .where("journey_id", .equal, journey).where("status", .equal, FollowUp.Status.booked.rawValue).first()
            guard booked != nil else { return false }
            try await sql.update(FollowUp.table).set("status", to: SQLBind(FollowUp.Status.cancelled.rawValue))
                .where("journey_id", .equal, journey).where("status", .equal, FollowUp.Status.booked.rawValue).run()
            // A reminder never attempted leaves no history behind; one already tried stays, skipped.
            try await sql.delete(from: ReminderRows.table)
                .where("journey_id", .equal, journey).where("kind", .equal, ReminderKind.followUp.rawValue)
                .where("status", .equal, "scheduled").where("attempts", .equal, 0).run()
            try await sql.update(ReminderRows.table)
                .set("status", to: SQLBind("skipped")).set("last_error", to: SQLBind("the follow-up was cancelled"))
                .where("journey_id", .equal, journey).where("kind", .equal, ReminderKind.followUp.rawValue)
                .where("status", .equal, "scheduled").run()
            return true
        }
    }
}
