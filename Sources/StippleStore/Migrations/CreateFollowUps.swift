import FluentKit
import SQLKit

/// Follow-up sessions booked from a healing journey, with the reason when an admin booked one
/// the spacing rule refused.
struct CreateFollowUps: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("follow_ups")
            .id()
            .field("journey_id", .uuid, .required, .references("journeys", "id"))
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("technician_id", .uuid, .required, .references("staff", "id"))
            .field("booked_by", .uuid, .required, .references("staff", "id"))
            .field("session_number", .int, .required)
            .field("starts_at", .datetime, .required)
            .field("status", .string, .required)
            .field("override_reason", .string)
            .field("created_at", .datetime, .required)
            .create()
        try await (db as! any SQLDatabase).create(index: "follow_ups_journey_idx").on("follow_ups").column("journey_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("follow_ups").delete()
    }
}
