import FluentKit
import SQLKit

/// A session charted from the batch register names its batch, so a recall finds it by id; older
/// sessions keep their product and lot as text, which the recall report matches too.
struct AddPigmentBatchToSessions: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("treatment_sessions").field("pigment_batch_id", .uuid, .references("pigment_batches", "id")).update()
        try await (db as! any SQLDatabase).create(index: "treatment_sessions_pigment_batch_idx")
            .on("treatment_sessions").column("pigment_batch_id").run()
    }

    func revert(on db: any Database) async throws {
        try await (db as! any SQLDatabase).drop(index: "treatment_sessions_pigment_batch_idx").run()
        try await db.schema("treatment_sessions").deleteField("pigment_batch_id").update()
    }
}
