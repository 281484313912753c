import FluentKit
import SQLKit

struct CreateTreatmentSessions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("treatment_sessions")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("technician_id", .uuid, .required, .references("staff", "id"))
            .field("session_number", .int, .required)
            .field("started_at", .datetime, .required)
            .field("ended_at", .datetime, .required)
            .field("zones", .string, .required)
            .field("needle_type", .string, .required)
            .field("needle_size", .string, .required)
            .field("depth", .string, .required)
            .field("dot_density", .int)
            .field("pigment_product", .string, .required)
            .field("pigment_batch", .string, .required)
            .field("anaesthetic", .string)
            .field("pain_relief", .string, .required)
            .field("breaks", .int, .required)
            .field("pain_reported", .int)
            .field("bleeding", .string, .required)
            .field("notes", .string)
            .field("created_at", .datetime)
            .create()
        try await (db as! any SQLDatabase).create(index: "treatment_sessions_client_id_idx")
            .on("treatment_sessions").column("client_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("treatment_sessions").delete()
    }
}
