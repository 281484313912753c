import FluentKit
import SQLKit

/// What charting at the chair adds: the reactions seen, and the before and after photos in the
/// standard views, one per stage and view, stored like check-in photos under their hash.
struct AddChartingToSessions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("treatment_sessions").field("reactions", .string).update()
        try await db.schema("session_photos")
            .id()
            .field("session_id", .uuid, .required, .references("treatment_sessions", "id"))
            .field("stage", .string, .required)
            .field("view", .string, .required)
            .field("sha256", .string, .required)
            .field("content_type", .string, .required)
            .field("width", .int, .required)
            .field("height", .int, .required)
            .field("byte_count", .int, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "session_id", "stage", "view")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("session_photos").delete()
        try await db.schema("treatment_sessions").deleteField("reactions").update()
    }
}
