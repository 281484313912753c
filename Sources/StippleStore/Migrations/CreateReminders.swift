import FluentKit
import SQLKit

/// The reminder outbox: rows written in the same transaction as the session that causes them,
/// leased by a worker, sent, and marked; every attempt recorded.
struct CreateReminders: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ReminderRows.table)
            .id()
            .field("journey_id", .uuid, .required, .references("journeys", "id"))
            .field("kind", .string, .required)
            .field("day", .int, .required)
            .field("due_at", .datetime, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("leased_by", .string)
            .field("lease_until", .datetime)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("created_at", .datetime, .required)
            .unique(on: "journey_id", "kind", "day")
            .create()
        let sql = db as! any SQLDatabase
        try await sql.create(index: "reminders_status_due_idx").on(ReminderRows.table).column("status").column("due_at").run()
        try await db.schema(ReminderRows.attemptsTable)
            .id()
            .field("reminder_id", .uuid, .required, .references(ReminderRows.table, "id"))
            .field("attempt", .int, .required)
            .field("worker", .string, .required)
            .field("at", .datetime, .required)
            .field("outcome", .string, .required)
            .field("detail", .string)
            .create()
        try await sql.create(index: "reminder_attempts_reminder_idx").on(ReminderRows.attemptsTable).column("reminder_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(ReminderRows.attemptsTable).delete()
        try await db.schema(ReminderRows.table).delete()
    }
}
