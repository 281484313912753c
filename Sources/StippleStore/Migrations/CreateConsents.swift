import FluentKit
import SQLKit

/// Consents, one row each time one is given or withdrawn.
struct CreateConsents: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("consents")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("kind", .string, .required)
            .field("given", .bool, .required)
            .field("recorded_at", .datetime, .required)
            .field("recorded_by", .uuid, .required, .references("staff", "id"))
            .field("note", .string)
            .field("seq", .int, .required)
            .create()
        try await (db as! any SQLDatabase).create(index: "consents_client_idx").on("consents")
            .column("client_id").column("seq").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("consents").delete()
    }
}
