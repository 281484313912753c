import FluentKit
import SQLKit

/// The client search lists by name: walked in name order through these, a page stops at its
/// 26th match instead of sorting every client of the clinic (or the chain); a date of birth is
/// looked up directly.
struct AddClientSearchIndexes: AsyncMigration {
    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.create(index: "clients_clinic_name_idx").on("clients").column("clinic_id").column("full_name").column("id").run()
        try await sql.create(index: "clients_name_idx").on("clients").column("full_name").column("id").run()
        try await sql.create(index: "clients_birth_idx").on("clients").column("date_of_birth").run()
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for name in ["clients_clinic_name_idx", "clients_name_idx", "clients_birth_idx"] { try await sql.drop(index: name).run() }
    }
}
