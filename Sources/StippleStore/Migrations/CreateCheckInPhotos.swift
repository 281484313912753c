import FluentKit
import SQLKit

/// Photos sent with a check-in: one per standard view. The image lives in the data folder under
/// its content hash; the row says which check-in and view it belongs to.
struct CreateCheckInPhotos: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(StoredPhoto.table)
            .id()
            .field("check_in_id", .uuid, .required, .references("check_ins", "id"))
            .field("view", .string, .required)
            .field("sha256", .string, .required)
            .field("content_type", .string, .required)
            .field("width", .int, .required)
            .field("height", .int, .required)
            .field("byte_count", .int, .required)
            .field("created_at", .datetime, .required)
            .unique(on: "check_in_id", "view")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(StoredPhoto.table).delete()
    }
}
