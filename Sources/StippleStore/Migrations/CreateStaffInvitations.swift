import FluentKit
import SQLKit

/// Invitations to set a password: a new staff member's one-time link, stored as its token's
/// SHA-256, with who invited them and when it ends. Used once (the row says when).
struct CreateStaffInvitations: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("staff_invitations")
            .id()
            .field("staff_id", .uuid, .required, .references("staff", "id"))
            .field("token_hash", .string, .required)
            .field("invited_by", .uuid, .required, .references("staff", "id"))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("staff_invitations").delete()
    }
}
