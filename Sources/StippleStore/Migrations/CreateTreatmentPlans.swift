import FluentKit
import SQLKit

/// A client's treatment plan: how many sessions, and whether a touch-up follows. One per client
/// (a unique index); a client nobody has planned follows the protocol's default. Every change is
/// in the audit log.
struct CreateTreatmentPlans: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("treatment_plans")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("sessions", .int, .required)
            .field("touch_up", .bool, .required)
            .field("set_by", .uuid, .required, .references("staff", "id"))
            .field("set_at", .datetime, .required)
            .unique(on: "client_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("treatment_plans").delete()
    }
}
