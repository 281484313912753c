import FluentKit
import SQLKit

/// Appointments booked from the public site: a slot held while the form is filled in, then
/// booked; its version, raised by every reschedule, binds the manage links (`booking_links`, one
/// per version, so an old link still finds the booking and says where it went); and the
/// booking's own outbox (`booking_messages`: confirmation with its calendar file, the reminder a
/// day before), sent by the reminder worker like the clients' messages.
///
/// No technician is in two places: on PostgreSQL an exclusion constraint over the technician
/// and the held range (the appointment with its buffers) of every held or booked row, with
/// `btree_gist` for the technician's `=`; on SQLite the store checks and inserts under the
/// database's write lock. An expired hold is deleted by the next booking of its technician, in
/// that booking's transaction.
struct CreateBookings: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("bookings")
            .id()
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("technician_id", .uuid, .required, .references("staff", "id"))
            .field("kind", .string, .required)
            .field("mode", .string, .required)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("held_from", .datetime, .required)
            .field("held_until", .datetime, .required)
            .field("status", .string, .required)
            .field("hold_expires_at", .datetime)
            .field("hold_token_hash", .string)
            .field("version", .int, .required)
            .field("full_name", .string)
            .field("email", .string)
            .field("phone", .string)
            .field("date_of_birth", .string)
            .field("concern", .string)
            .field("language", .string, .required)
            .field("note", .string)
            .field("client_id", .uuid, .references("clients", "id"))
            .field("created_at", .datetime, .required)
            .field("booked_at", .datetime)
            .field("cancelled_at", .datetime)
            .field("cancelled_by", .string)
            .field("outcome_at", .datetime)
            .field("outcome_by", .uuid, .references("staff", "id"))
            .unique(on: "hold_token_hash")
            .create()
        let sql = db as! any SQLDatabase
        try await sql.create(index: "bookings_clinic_start_idx").on("bookings").column("clinic_id").column("starts_at").run()
        try await sql.create(index: "bookings_technician_held_idx").on("bookings").column("technician_id").column("held_from").run()
        try await sql.create(index: "bookings_client_idx").on("bookings").column("client_id").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
            try await sql.raw("""
                ALTER TABLE bookings ADD CONSTRAINT bookings_technician_free
                EXCLUDE USING gist (technician_id WITH =, tstzrange(held_from, held_until) WITH &&)
                WHERE (status IN ('held', 'booked'))
                """).run()
        }

        try await db.schema("booking_links")
            .field("token_hash", .string, .identifier(auto: false))
            .field("booking_id", .uuid, .required, .references("bookings", "id"))
            .field("version", .int, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await sql.create(index: "booking_links_booking_idx").on("booking_links").column("booking_id").run()

        try await db.schema("booking_messages")
            .id()
            .field("booking_id", .uuid, .required, .references("bookings", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("kind", .string, .required)
            .field("language", .string, .required)
            .field("channel", .string, .required)
            .field("subject", .string, .required)
            .field("text", .string, .required)
            .field("sealed_token", .string)
            .field("calendar", .string)
            .field("due_at", .datetime, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("leased_by", .string)
            .field("lease_until", .datetime)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("created_at", .datetime, .required)
            .create()
        try await sql.create(index: "booking_messages_status_due_idx").on("booking_messages").column("status").column("due_at").run()
        try await sql.create(index: "booking_messages_booking_idx").on("booking_messages").column("booking_id").run()
        try await db.schema("booking_message_attempts")
            .id()
            .field("message_id", .uuid, .required, .references("booking_messages", "id"))
            .field("attempt", .int, .required)
            .field("worker", .string, .required)
            .field("at", .datetime, .required)
            .field("outcome", .string, .required)
            .field("detail", .string)
            .create()
        try await sql.create(index: "booking_message_attempts_message_idx").on("booking_message_attempts").column("message_id").run()
    }

    func revert(on db: any Database) async throws {
        for table in ["booking_message_attempts", "booking_messages", "booking_links", "bookings"] {
            try await db.schema(table).delete()
        }
    }
}
