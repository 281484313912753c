import FluentKit

/// A clinic's phone and email, shown to clients on their journey pages.
struct AddContactToClinics: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("clinics").field("phone", .string).update()
        try await db.schema("clinics").field("email", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema("clinics").deleteField("email").update()
        try await db.schema("clinics").deleteField("phone").update()
    }
}
