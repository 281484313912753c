import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Queues a message to a client, due at its `dueAt` or now.
    public func queueClientMessage(_ m: NewClientMessage, now: Date) async throws {
        try await Self.insertClientMessage(m, now: now, on: sqlWriter)
    }

    static func insertClientMessage(_ m: NewClientMessage, now: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: Outbox.clientMessages.table)
            .columns("id", "client_id", "clinic_id", "kind", "language", "channel", "subject", "text", "sealed_token", "due_at",
                     "status", "attempts", "created_at")
            .values(SQLBind(UUID()), SQLBind(m.clientID), SQLBind(m.clinicID), SQLBind(m.kind.rawValue),
                    SQLBind(m.language.rawValue), SQLBind(m.channel.rawValue), SQLBind(m.subject), SQLBind(m.text),
                    SQLBind(m.sealedToken), SQLBind(m.dueAt ?? now), SQLBind("scheduled"), SQLBind(0), SQLBind(now))
            .run()
    }

    /// Leases up to `limit` due client messages for `worker`, as `leaseDueReminders` does.
    public func leaseDueClientMessages(now: Date, worker: String, leaseUntil: Date, limit: Int) async throws -> [LeasedClientMessage] {
        let ids = try await leaseDue(.clientMessages, now: now, worker: worker, leaseUntil: leaseUntil, limit: limit)
        guard !ids.isEmpty else { return [] }
        return try await sqlWriter.raw("""
            SELECT m.id, m.client_id, m.kind, m.attempts, m.language, m.channel, m.subject, m.text, m.sealed_token,
                   c.name AS clinic_name, c.time_zone, c.reminder_hour, c.missed_check_in_hour, c.quiet_from, c.quiet_until,
                   k.full_name, k.email, k.phone
            FROM client_messages m JOIN clinics c ON c.id = m.clinic_id JOIN clients k ON k.id = m.client_id
            WHERE m.id IN (\(binds: ids))
            ORDER BY m.due_at
            """).all().map { row in
            let r = StoredRow(row: row, table: Outbox.clientMessages.table)
            return LeasedClientMessage(
                id: try r.value("id"), clientID: try r.value("client_id"), kind: try r.code("kind"),
                attempts: try r.value("attempts"), language: try r.code("language"), channel: try r.code("channel"),
                subject: try r.value("subject"), text: try r.value("text"), sealedToken: try r.value("sealed_token"),
                clinicName: try r.value("clinic_name"), timeZone: try r.value("time_zone"),
                reminders: ReminderSettings(sendHour: try r.value("reminder_hour"), missedHour: try r.value("missed_check_in_hour"),
                                            quietFrom: try r.value("quiet_from"), quietUntil: try r.value("quiet_until")),
                clientName: try r.value("full_name"), email: try r.value("email"), phone: try r.value("phone"))
        }
    }
}
