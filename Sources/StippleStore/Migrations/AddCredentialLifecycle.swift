import FluentKit

/// Credentials that can end: an API token gets a name, an optional expiry and the time it was
/// last used; a staff member can be deactivated, which ends every way they had in.
struct AddCredentialLifecycle: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds one per ALTER TABLE.
        for (field, type) in [("name", DatabaseSchema.DataType.string), ("expires_at", .datetime), ("last_used_at", .datetime)] {
            try await db.schema("api_tokens").field(.string(field), type).update()
        }
        try await db.schema("staff")
            .field("deactivated_at", .datetime)
            .update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("staff").deleteField("deactivated_at").update()
        for field in ["last_used_at", "expires_at", "name"] {
            try await db.schema("api_tokens").deleteField(.string(field)).update()
        }
    }
}
