import FluentKit
import SQLKit

/// Password login for staff: an email and a bcrypt hash on each staff member, the count of
/// failed attempts that locks the account for a while, and server-side sessions (only a hash of
/// the cookie's value is stored).
struct CreateStaffLogin: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await db.schema("staff").field("email", .string).update()
        try await db.schema("staff").field("password_hash", .string).update()
        try await db.schema("staff").field("failed_logins", .int).update()
        try await db.schema("staff").field("locked_until", .datetime).update()
        try await db.schema("staff").field("calendar_feed_hash", .string).update()
        let sql = db as! any SQLDatabase
        // Several staff without a login (NULL) are allowed by a unique index on both stores.
        try await sql.create(index: "staff_email_idx").unique().on("staff").column("email").run()

        try await db.schema("staff_sessions")
            .field("token_hash", .string, .identifier(auto: false))
            .field("staff_id", .uuid, .required, .references("staff", "id", onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .create()
        try await sql.create(index: "staff_sessions_staff_idx").on("staff_sessions").column("staff_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("staff_sessions").delete()
    }
}
