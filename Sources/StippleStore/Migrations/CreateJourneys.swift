import FluentKit
import SQLKit

struct CreateJourneys: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("journeys")
            .id()
            .field("session_id", .uuid, .required, .references("treatment_sessions", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("session_date", .string, .required)
            .field("time_zone", .string, .required)
            .field("protocol_version", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "session_id")
            .create()
        try await (db as! any SQLDatabase).create(index: "journeys_client_id_idx").on("journeys").column("client_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("journeys").delete()
    }
}
