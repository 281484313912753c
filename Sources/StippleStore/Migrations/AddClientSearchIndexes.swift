import FluentKit
import SQLKit

/// The client search lists by name: walked in name order through the first two, a page stops at
/// its 26th match instead of sorting every client of the clinic (or the chain), and an email or
/// phone search reads them from the index alone rather than from every client's row; a date of
/// birth (with the clinic, in name order) is looked up directly. PostgreSQL reads a clinic's
/// wide client rows slowly and plans a `LIKE '%…%'` blind, so it also gets trigram indexes
/// (`pg_trgm`) on the lowercased name and email and on the phone's digits: the expressions
/// `Store.searchClients` filters by, which the planner matches to them.
struct AddClientSearchIndexes: AsyncMigration {
    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.create(index: "clients_clinic_name_idx").on("clients")
            .column("clinic_id").column("full_name").column("id").column("email").column("phone").run()
        try await sql.create(index: "clients_name_idx").on("clients").column("full_name").column("id").column("email").column("phone").run()
        try await sql.create(index: "clients_birth_idx").on("clients")
            .column("date_of_birth").column("clinic_id").column("full_name").column("id").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm").run()
            // The operator class by its schema: the extension may sit outside the search path
            // (installed once per database, while the tables live in a schema of their own).
            guard let row = try await sql.raw("""
                SELECT nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'
                """).first()
            else { throw StoreError() }
            let ops = SQLQueryString("\(ident: try row.decode(column: "nspname", as: String.self)).gin_trgm_ops")
            try await sql.raw("CREATE INDEX clients_name_trgm_idx ON clients USING gin (LOWER(full_name) \(ops))").run()
            try await sql.raw("CREATE INDEX clients_email_trgm_idx ON clients USING gin (LOWER(email) \(ops))").run()
            try await sql.raw("""
                CREATE INDEX clients_phone_trgm_idx ON clients USING gin ((REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
                    phone, ' ', ''), '+', ''), '-', ''), '(', ''), ')', ''), '.', '')) \(ops))
                """).run()
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        var names = ["clients_clinic_name_idx", "clients_name_idx", "clients_birth_idx"]
        if sql.dialect.name == "postgresql" { names += ["clients_name_trgm_idx", "clients_email_trgm_idx", "clients_phone_trgm_idx"] }
        for name in names { try await sql.drop(index: name).run() }
    }
}
