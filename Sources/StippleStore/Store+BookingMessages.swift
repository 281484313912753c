import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Leases up to `limit` due messages about bookings for `worker`, as `leaseDueReminders` does.
    public func leaseDueBookingMessages(now: Date, worker: String, leaseUntil: Date, limit: Int) async throws -> [LeasedBookingMessage] {
        let ids = try await leaseDue(.bookingMessages, now: now, worker: worker, leaseUntil: leaseUntil, limit: limit)
        guard !ids.isEmpty else { return [] }
        return try await sqlWriter.raw("""
            SELECT m.id, m.booking_id, m.kind, m.attempts, m.language, m.channel, m.subject, m.text, m.sealed_token, m.calendar,
                   c.name AS clinic_name, c.time_zone, c.reminder_hour, c.missed_check_in_hour, c.quiet_from, c.quiet_until,
                   b.full_name, b.email, b.phone
            FROM booking_messages m JOIN clinics c ON c.id = m.clinic_id JOIN bookings b ON b.id = m.booking_id
            WHERE m.id IN (\(binds: ids))
            ORDER BY m.due_at
            """).all().map { row in
            let r = StoredRow(row: row, table: Outbox.bookingMessages.table)
            return LeasedBookingMessage(
                id: try r.value("id"), bookingID: try r.value("booking_id"), kind: try r.code("kind"),
                attempts: try r.value("attempts"), language: try r.code("language"), channel: try r.code("channel"),
                subject: try r.value("subject"), text: try r.value("text"), sealedToken: try r.value("sealed_token"),
                calendar: try r.value("calendar"), clinicName: try r.value("clinic_name"), timeZone: try r.value("time_zone"),
                reminders: ReminderSettings(sendHour: try r.value("reminder_hour"), missedHour: try r.value("missed_check_in_hour"),
                                            quietFrom: try r.value("quiet_from"), quietUntil: try r.value("quiet_until")),
                name: try r.value("full_name"), email: try r.value("email"), phone: try r.value("phone"))
        }
    }

    /// The messages about a booking, oldest first: kind, status and when due.
    public func bookingMessages(booking: UUID) async throws -> [(kind: BookingMessageKind, status: String, dueAt: Date)] {
        try await sql.select().columns("kind", "status", "due_at").from(Outbox.bookingMessages.table)
            .where("booking_id", .equal, booking).orderBy("due_at").all().map { row in
                let r = StoredRow(row: row, table: Outbox.bookingMessages.table)
                return (try r.code("kind"), try r.value("status"), try r.value("due_at"))
            }
    }
}
