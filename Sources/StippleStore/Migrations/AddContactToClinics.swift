import FluentKit

/// A clinic's phone and email, shown to clients on their journey pages.
struct AddContactToClinics: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(ClinicModel.schema).field("phone", .string).update()
        try await db.schema(ClinicModel.schema).field("email", .string).update()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(ClinicModel.schema).deleteField("email").update()
        try await db.schema(ClinicModel.schema).deleteField("phone").update()
    }
}
