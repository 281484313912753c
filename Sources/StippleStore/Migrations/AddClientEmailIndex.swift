import FluentKit
import SQLKit

/// A whole email address typed into the client search is looked up, not searched for: an index
/// on the address as the search compares it (lowercased), on both stores.
struct AddClientEmailIndex: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("CREATE INDEX clients_email_idx ON clients (LOWER(email))").run()
    }

    func revert(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("DROP INDEX clients_email_idx").run()
    }
}
