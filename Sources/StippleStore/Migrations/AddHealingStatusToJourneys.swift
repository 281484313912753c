import FluentKit
import SQLKit

/// What the healing dashboard filters and sorts on, kept on the journey itself so a list of
/// thousands needs no join to check-ins or clients: the treating technician, the client's name
/// (a copy, for sorting; a client's name is set once, at registration), whether a later session has
/// superseded the journey, and the latest check-in's day, time and tier (severity -1 for none
/// yet, so it sorts below green on both stores).
struct AddHealingStatusToJourneys: AsyncMigration {
    func prepare(on db: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        for (name, type) in [("technician_id", DatabaseSchema.DataType.uuid), ("superseded", .bool), ("client_name", .string),
                             ("last_check_in_at", .datetime), ("last_check_in_day", .int), ("last_tier", .string),
                             ("last_severity", .int)] {
            try await db.schema("journeys").field(FieldKey(stringLiteral: name), type).update()
        }
        let sql = db as! any SQLDatabase
        // Journeys that exist already.
        try await sql.raw("""
            UPDATE journeys SET technician_id = (SELECT s.technician_id FROM treatment_sessions s WHERE s.id = journeys.session_id),
                client_name = (SELECT k.full_name FROM clients k WHERE k.id = journeys.client_id),
                superseded = EXISTS (SELECT 1 FROM journeys later WHERE later.client_id = journeys.client_id
                                     AND later.session_date > journeys.session_date)
            """).run()
        try await sql.raw("""
            UPDATE journeys SET
                last_check_in_at = (SELECT c.recorded_at FROM check_ins c WHERE c.journey_id = journeys.id ORDER BY c.recorded_at DESC LIMIT 1),
                last_check_in_day = (SELECT c.day FROM check_ins c WHERE c.journey_id = journeys.id ORDER BY c.recorded_at DESC LIMIT 1),
                last_tier = (SELECT c.tier FROM check_ins c WHERE c.journey_id = journeys.id ORDER BY c.recorded_at DESC LIMIT 1)
            """).run()
        try await sql.raw("""
            UPDATE journeys SET last_severity = CASE last_tier WHEN 'green' THEN 0 WHEN 'yellow' THEN 1
                WHEN 'amber' THEN 2 WHEN 'red' THEN 3 ELSE -1 END
            """).run()
        // One index per sort of the dashboard, for one clinic and for the whole chain, each
        // ending in the sort's own order and the id: the page is then read off the index, fifty
        // entries, instead of sorting every client healing.
        let sorts: [(String, [String])] = [("day", ["session_date"]), ("tier", ["last_severity", "session_date"]),
                                           ("name", ["client_name", "session_date"])]
        for (sort, columns) in sorts {
            for clinic in [true, false] {
                var index = sql.create(index: "journeys_\(clinic ? "clinic_" : "")\(sort)_idx").on("journeys")
                if clinic { index = index.column("clinic_id") }
                index = index.column("superseded")
                for column in columns + ["id"] { index = index.column(column) }
                try await index.run()
            }
        }
        try await sql.create(index: "journeys_technician_idx").on("journeys")
            .column("technician_id").column("session_date").run()
    }

    func revert(on db: any Database) async throws {
        for field in ["technician_id", "superseded", "client_name", "last_check_in_at", "last_check_in_day", "last_tier", "last_severity"] {
            try await db.schema("journeys").deleteField(FieldKey(stringLiteral: field)).update()
        }
    }
}
