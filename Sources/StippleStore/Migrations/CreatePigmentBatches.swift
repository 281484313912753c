import FluentKit
import SQLKit

/// The clinic's pigment batch register: a product's batch or lot, its supplier and expiry, and
/// when and why it was recalled. A batch is entered once per clinic (a unique index), and a
/// recall is never undone.
struct CreatePigmentBatches: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("pigment_batches")
            .id()
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("product", .string, .required)
            .field("lot", .string, .required)
            .field("supplier", .string, .required)
            .field("expires_on", .string, .required)
            .field("created_at", .datetime, .required)
            .field("created_by", .uuid, .required, .references("staff", "id"))
            .field("recalled_at", .datetime)
            .field("recalled_by", .uuid, .references("staff", "id"))
            .field("recall_reason", .string)
            .create()
        try await (db as! any SQLDatabase).create(index: "pigment_batches_clinic_product_lot_key").unique()
            .on("pigment_batches").column("clinic_id").column("product").column("lot").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("pigment_batches").delete()
    }
}
