import FluentKit
import SQLKit

struct CreateClients: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("clients")
            .id()
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("id_checked_by", .uuid, .required, .references("staff", "id"))
            .field("full_name", .string, .required)
            .field("date_of_birth", .string, .required)
            .field("id_checked_on", .string, .required)
            .field("email", .string)
            .field("phone", .string)
            .field("hair_loss_condition", .string, .required)
            .field("sex", .string)
            .field("skin_type", .int)
            .field("oily_skin", .bool, .required)
            .field("thick_skin", .bool, .required)
            .field("friction", .string, .required)
            .field("screening", .string, .required)
            .field("funding", .string, .required)
            .field("referral", .string)
            .field("created_at", .datetime)
            .create()
        try await (db as! any SQLDatabase).create(index: "clients_clinic_id_idx").on("clients").column("clinic_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("clients").delete()
    }
}
