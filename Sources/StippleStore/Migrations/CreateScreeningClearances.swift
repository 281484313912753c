import FluentKit
import SQLKit

/// A clearance a screening asked for (a prescriber's, a clinician's review, a test patch): who
/// recorded it, on what evidence, when. One of each kind per screening; a new screening asks again.
struct CreateScreeningClearances: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("screening_clearances")
            .id()
            .field("screening_id", .uuid, .required, .references("screenings", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("kind", .string, .required)
            .field("evidence", .string, .required)
            .field("recorded_by", .uuid, .required, .references("staff", "id"))
            .field("recorded_at", .datetime, .required)
            .unique(on: "screening_id", "kind")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("screening_clearances").delete()
    }
}
