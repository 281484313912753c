import FluentKit
import SQLKit

/// A client's private link to the screening questionnaire: its token's SHA-256, who sent it and
/// when it ends. Completed once (the row says when).
struct CreateScreeningRequests: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("screening_requests")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("token_hash", .string, .required)
            .field("sent_by", .uuid, .required, .references("staff", "id"))
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("completed_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("screening_requests").delete()
    }
}
