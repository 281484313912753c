import FluentKit

/// The credentials of a demo or load-test chain, made at random when the chain is loaded and
/// kept sealed with the server's key, so `stipple demo-credentials` can print them again and a
/// copy of the database alone does not hold them.
struct CreateDemoCredentials: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(DemoCredentialRows.table)
            .id()
            .field("sealed_admin_token", .string, .required)
            .field("sealed_password", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(DemoCredentialRows.table).delete()
    }
}
