import FluentKit
import SQLKit

struct CreateClinics: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("clinics")
            .id()
            .field("name", .string, .required)
            .field("address", .string, .required)
            .field("country", .string, .required)
            .field("time_zone", .string, .required)
            .field("language", .string, .required)
            .field("emergency_number", .string, .required)
            .field("protocol_version", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "name")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("clinics").delete()
    }
}
