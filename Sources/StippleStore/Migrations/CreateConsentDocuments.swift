import Crypto
import FluentKit
import Foundation
import SQLKit
import StippleCore

/// Consent documents, versioned per clinic, kind and language, and consents that keep what was
/// signed: the document's version and the SHA-256 of its text, who signed (their typed name, or
/// the staff member who recorded it), how and from where. `consents` is rebuilt to take them,
/// since a client signing on their own phone has no staff member to name and SQLite cannot
/// drop NOT NULL in place; nothing refers to it. Every clinic starts with the chain's first
/// version of each document in both languages. Neither a document version nor a consent can
/// be changed once written (triggers); a withdrawal is a new record.
struct CreateConsentDocuments: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema("consent_documents")
            .id()
            .field("clinic_id", .uuid, .required, .references("clinics", "id"))
            .field("kind", .string, .required)
            .field("language", .string, .required)
            .field("version", .int, .required)
            .field("title", .string, .required)
            .field("body", .string, .required)
            .field("sha256", .string, .required)
            .field("created_at", .datetime, .required)
            .field("created_by", .uuid, .references("staff", "id"))
            .unique(on: "clinic_id", "kind", "language", "version")
            .create()
        try await db.schema("consents_signed")
            .id()
            .field("client_id", .uuid, .required, .references("clients", "id"))
            .field("kind", .string, .required)
            .field("given", .bool, .required)
            .field("recorded_at", .datetime, .required)
            .field("recorded_by", .uuid, .references("staff", "id"))
            .field("note", .string)
            .field("seq", .int, .required)
            .field("channel", .string, .required)
            .field("document_id", .uuid, .references("consent_documents", "id"))
            .field("document_version", .int)
            .field("text_sha256", .string)
            .field("signer_name", .string)
            .field("remote_address", .string)
            .field("user_agent", .string)
            .create()
        let sql = db as! any SQLDatabase
        try await sql.raw("""
            INSERT INTO consents_signed (id, client_id, kind, given, recorded_at, recorded_by, note, seq, channel)
            SELECT id, client_id, kind, given, recorded_at, recorded_by, note, seq, 'staff' FROM consents
            """).run()
        try await sql.raw("DROP TABLE consents").run()
        try await sql.raw("ALTER TABLE consents_signed RENAME TO consents").run()
        try await sql.raw("CREATE UNIQUE INDEX consents_seq_idx ON consents (client_id, seq)").run()
        try await Self.neverChanged(["consents", "consent_documents", "screenings"], on: sql)
        let clinics = try await sql.raw("SELECT id FROM clinics").all().map { try $0.decode(column: "id", as: UUID.self) }
        for clinic in clinics { try await Self.insertFirstVersions(clinic: clinic, now: Date(), on: sql) }
    }

    /// Refuses any UPDATE of the tables' rows, in the database itself.
    static func neverChanged(_ tables: [String], on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("""
                CREATE FUNCTION stipple_never_changed() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'a % row is never changed', TG_TABLE_NAME; END $$
                """).run()
            for table in tables {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_never_changed BEFORE UPDATE ON \(unsafeRaw: table)
                    FOR EACH ROW EXECUTE FUNCTION stipple_never_changed()
                    """).run()
            }
        } else {
            for table in tables {
                try await sql.raw("""
                    CREATE TRIGGER \(unsafeRaw: table)_never_changed BEFORE UPDATE ON \(unsafeRaw: table)
                    BEGIN SELECT RAISE(ABORT, 'a \(unsafeRaw: table) row is never changed'); END
                    """).run()
            }
        }
    }

    /// The chain's first version of every document, in both languages, for a new clinic.
    static func insertFirstVersions(clinic: UUID, now: Date, on sql: any SQLDatabase) async throws {
        var insert = sql.insert(into: "consent_documents")
            .columns("id", "clinic_id", "kind", "language", "version", "title", "body", "sha256", "created_at")
        for kind in ConsentKind.allCases {
            for language in Language.allCases {
                let body = ConsentDocumentText.body(kind, language)
                insert = insert.values(SQLBind(UUID()), SQLBind(clinic), SQLBind(kind.rawValue), SQLBind(language.rawValue),
                                       SQLBind(1), SQLBind(ConsentDocumentText.title(kind, language)), SQLBind(body),
                                       SQLBind(ConsentDocument.sha256(of: body)), SQLBind(now))
            }
        }
        try await insert.run()
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for table in ["consents", "consent_documents", "screenings"] {
            try await sql.raw("DROP TRIGGER IF EXISTS \(unsafeRaw: table)_never_changed\(unsafeRaw: sql.dialect.name == "postgresql" ? " ON \(table)" : "")").run()
        }
        if sql.dialect.name == "postgresql" { try await sql.raw("DROP FUNCTION IF EXISTS stipple_never_changed()").run() }
        try await db.schema("consent_documents").delete()
    }
}
