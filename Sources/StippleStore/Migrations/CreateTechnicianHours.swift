import FluentKit
import SQLKit

/// A technician's own week (`TechnicianHours`): one row a period, worked or a break, on the
/// clinic's clock in minutes after midnight. No rows: they work the clinic's opening hours.
struct CreateTechnicianHours: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("technician_hours")
            .id()
            .field("staff_id", .uuid, .required, .references("staff", "id"))
            .field("kind", .string, .required)
            .field("weekday", .int, .required)
            .field("opens", .int, .required)
            .field("closes", .int, .required)
            .unique(on: "staff_id", "kind", "weekday", "opens")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("technician_hours").delete()
    }
}
