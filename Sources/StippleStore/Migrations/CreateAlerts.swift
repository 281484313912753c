import FluentKit
import SQLKit

/// Alerts: each yellow, amber or red check-in opens one, for a person to acknowledge and resolve.
struct CreateAlerts: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("alerts")
            .id()
            .field("check_in_id", .uuid, .required, .references("check_ins", "id"))
            .field("journey_id", .uuid, .required, .references("journeys", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("tier", .string, .required)
            .field("severity", .int, .required)
            .field("status", .string, .required)
            .field("opened_at", .datetime, .required)
            .field("due_by", .datetime)
            .field("acknowledged_by", .uuid, .references("staff", "id"))
            .field("acknowledged_at", .datetime)
            .field("resolved_by", .uuid, .references("staff", "id"))
            .field("resolved_at", .datetime)
            .field("action", .string)
            .field("note", .string)
            .unique(on: "check_in_id")
            .create()
        let sql = db as! any SQLDatabase
        try await sql.create(index: "alerts_clinic_status_idx").on("alerts")
            .column("clinic_id").column("status").column("severity").column("opened_at").run()
        try await sql.create(index: "alerts_journey_idx").on("alerts").column("journey_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("alerts").delete()
    }
}
