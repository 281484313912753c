import FluentKit
import SQLKit

/// A client's private link to their journey: only the token's hash is stored.
struct CreateJourneyLinks: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(JourneyLinkStore.table)
            .id()
            .field("journey_id", .uuid, .required, .references("journeys", "id"))
            .field("token_hash", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            // The token sealed with the server's key (AES-GCM), so reminders can carry the link
            // while a copy of the database alone opens nothing.
            .field("sealed_token", .string)
            .unique(on: "token_hash")
            .create()
        try await (db as! any SQLDatabase).create(index: "journey_links_journey_id_idx")
            .on(JourneyLinkStore.table).column("journey_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(JourneyLinkStore.table).delete()
    }
}
