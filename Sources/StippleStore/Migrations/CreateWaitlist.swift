import FluentKit
import SQLKit

/// The waiting list for an earlier consultation: a booking asks once (one entry waiting or
/// offered per booking, held by a partial unique index), and each freed time offered to the
/// first in line is kept with its 30-minute hold (a held row in `bookings`), so it is offered
/// to each person once and lapses to the next.
struct CreateWaitlist: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("waitlist_entries")
            .id()
            .field("booking_id", .uuid, .required, .references("bookings", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        let sql = db as! any SQLDatabase
        try await sql.raw("""
            CREATE UNIQUE INDEX waitlist_entries_one_idx ON waitlist_entries (booking_id) WHERE status IN ('waiting', 'offered')
            """).run()
        try await sql.create(index: "waitlist_entries_clinic_idx").on("waitlist_entries").column("clinic_id").column("created_at").run()
        try await db.schema("waitlist_offers")
            .id()
            .field("entry_id", .uuid, .required, .references("waitlist_entries", "id"))
            .field("hold_id", .uuid, .required)
            .field("token_hash", .string, .required)
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("technician_id", .uuid, .required, .references("staff", "id"))
            .field("starts_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("status", .string, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await sql.create(index: "waitlist_offers_status_idx").on("waitlist_offers").column("status").column("expires_at").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("waitlist_offers").delete()
        try await db.schema("waitlist_entries").delete()
    }
}
