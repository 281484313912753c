import FluentKit
import SQLKit

/// The outbox of one-off messages to a client (their screening link, their journey link),
/// beside the journey reminders': written in the transaction that causes them, leased by a
/// worker, sent through the same transports, every attempt recorded. A link travels sealed and
/// is opened only to send.
struct CreateClientMessages: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("client_messages")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("kind", .string, .required)
            .field("language", .string, .required)
            .field("channel", .string, .required)
            .field("subject", .string, .required)
            .field("text", .string, .required)
            .field("sealed_token", .string)
            .field("due_at", .datetime, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("leased_by", .string)
            .field("lease_until", .datetime)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        let sql = db as! any SQLDatabase
        try await sql.create(index: "client_messages_status_due_idx").on("client_messages").column("status").column("due_at").run()
        try await sql.create(index: "client_messages_client_idx").on("client_messages").column("client_id").run()
        try await db.schema("client_message_attempts")
            .id()
            .field("message_id", .uuid, .required, .references("client_messages", "id"))
            .field("attempt", .int, .required)
            .field("worker", .string, .required)
            .field("at", .datetime, .required)
            .field("outcome", .string, .required)
            .field("detail", .string)
            .create()
        try await sql.create(index: "client_message_attempts_message_idx").on("client_message_attempts").column("message_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("client_message_attempts").delete()
        try await db.schema("client_messages").delete()
    }
}
