import FluentKit
import SQLKit

struct CreateCheckIns: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("check_ins")
            .id()
            .field("journey_id", .uuid, .required, .references("journeys", "id"))
            .field("day", .int, .required)
            .field("recorded_at", .datetime, .required)
            .field("answers", .string, .required)
            .field("tier", .string, .required)
            .field("score", .int, .required)
            .field("created_at", .datetime)
            .create()
        try await (db as! any SQLDatabase).create(index: "check_ins_journey_day_idx")
            .on("check_ins").column("journey_id").column("day").column("recorded_at").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("check_ins").delete()
    }
}
