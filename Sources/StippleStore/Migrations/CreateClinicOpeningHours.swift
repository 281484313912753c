import FluentKit
import SQLKit

/// A clinic's opening hours: a row per period a weekday is open (two with a lunch break), on
/// the clinic's wall clock in minutes after midnight. A clinic without rows has no hours set.
struct CreateClinicOpeningHours: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("clinic_opening_hours")
            .id()
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("weekday", .int, .required)
            .field("opens", .int, .required)
            .field("closes", .int, .required)
            .unique(on: "clinic_id", "weekday", "opens")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("clinic_opening_hours").delete()
    }
}
