import FluentKit
import Foundation
import SQLKit

/// The invariants racing requests could break with a check and an insert, held by the database
/// itself: one booked follow-up per journey; a technician in one booked session at a time
/// (PostgreSQL: an exclusion constraint over the session's time range, which needs `btree_gist`
/// for the technician's `=`; SQLite has a single writer, and the store checks under its write
/// lock); session numbers and consent sequence numbers unique per client. A follow-up gets the
/// end time the overlap is judged by.
struct AddDatabaseInvariants: AsyncMigration {
    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await db.schema("follow_ups").field("ends_at", .datetime).update()
        struct Row: Decodable { var id: UUID; var starts_at: Date }
        for row in try await sql.select().columns("id", "starts_at").from("follow_ups").all(decoding: Row.self) {
            try await sql.update("follow_ups")
                .set("ends_at", to: row.starts_at.addingTimeInterval(FollowUp.standardLength))
                .where("id", .equal, row.id).run()
        }
        try await sql.raw("""
            CREATE UNIQUE INDEX follow_ups_one_booked_idx ON follow_ups (journey_id) WHERE status = 'booked'
            """).run()
        try await sql.raw("CREATE UNIQUE INDEX treatment_sessions_number_idx ON treatment_sessions (client_id, session_number)").run()
        try await sql.drop(index: "consents_client_idx").run()
        try await sql.raw("CREATE UNIQUE INDEX consents_seq_idx ON consents (client_id, seq)").run()
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE follow_ups ALTER COLUMN ends_at SET NOT NULL").run()
            try await sql.raw("CREATE EXTENSION IF NOT EXISTS btree_gist").run()
            try await sql.raw("""
                ALTER TABLE follow_ups ADD CONSTRAINT follow_ups_technician_free
                EXCLUDE USING gist (technician_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'booked')
                """).run()
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("ALTER TABLE follow_ups DROP CONSTRAINT follow_ups_technician_free").run()
        }
        for index in ["consents_seq_idx", "treatment_sessions_number_idx", "follow_ups_one_booked_idx"] {
            try await sql.drop(index: index).run()
        }
        try await sql.create(index: "consents_client_idx").on("consents").column("client_id").column("seq").run()
        try await db.schema("follow_ups").deleteField("ends_at").update()
    }
}
