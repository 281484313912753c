import FluentKit
import SQLKit

/// When a clinic or a technician is away from its week: days a clinic is closed (a holiday, a
/// refit), one row a day and clinic; and a technician's time off, as instants.
struct CreateScheduleExceptions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("clinic_closures")
            .id()
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("on_date", .string, .required)
            .field("reason", .string)
            .field("created_by", .uuid, .references("staff", "id"))
            .field("created_at", .datetime, .required)
            .unique(on: "clinic_id", "on_date")
            .create()
        try await db.schema("technician_time_off")
            .id()
            .field("staff_id", .uuid, .required, .references("staff", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("reason", .string)
            .field("created_by", .uuid, .references("staff", "id"))
            .field("created_at", .datetime, .required)
            .create()
        try await (db as! any SQLDatabase).create(index: "technician_time_off_staff_idx").on("technician_time_off")
            .column("staff_id").column("ends_at").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("technician_time_off").delete()
        try await db.schema("clinic_closures").delete()
    }
}
