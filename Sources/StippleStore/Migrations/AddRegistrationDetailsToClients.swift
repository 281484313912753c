import FluentKit
import SQLKit

/// What registration records beside the identity: the kind of document the age was checked
/// against (unknown for clients registered before), and how the client wants to hear from the
/// clinic. Existing clients get their clinic's language, and email where they gave one.
struct AddRegistrationDetailsToClients: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // One column a statement: SQLite adds one at a time.
        for column: FieldKey in ["id_document", "preferred_language", "preferred_channel"] {
            try await db.schema("clients").field(column, .string).update()
        }
        try await (db as! any SQLDatabase).raw("""
            UPDATE clients SET
              preferred_language = (SELECT c.language FROM clinics c WHERE c.id = clients.clinic_id),
              preferred_channel = CASE WHEN email IS NOT NULL THEN 'email' ELSE 'sms' END
            """).run()
    }

    func revert(on db: any Database) async throws {
        for column: FieldKey in ["id_document", "preferred_language", "preferred_channel"] {
            try await db.schema("clients").deleteField(column).update()
        }
    }
}
