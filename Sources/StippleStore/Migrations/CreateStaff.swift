import FluentKit
import SQLKit

struct CreateStaff: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("staff")
            .id()
            .field("clinic_id", .uuid, .references("clinics", "id"))
            .field("name", .string, .required)
            .field("role", .string, .required)
            .field("licence_number", .string)
            .field("created_at", .datetime)
            .create()
        try await (db as! any SQLDatabase).create(index: "staff_clinic_id_idx").on("staff").column("clinic_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("staff").delete()
    }
}
