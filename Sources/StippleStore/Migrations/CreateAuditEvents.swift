import FluentKit
import SQLKit

/// The audit log: one row for every read and change of health data. Triggers refuse UPDATE and
/// DELETE on both stores, so not even a bug in the product can rewrite history.
struct CreateAuditEvents: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await db.schema(AuditRows.table)
            .id()
            .field("at", .datetime, .required)
            .field("actor_kind", .string, .required)
            .field("staff_id", .uuid)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("subject", .string, .required)
            .field("subject_id", .uuid)
            .field("client_id", .uuid)
            .field("clinic_id", .uuid)
            .field("detail", .string)
            .field("remote_address", .string)
            .create()
        let sql = db as! any SQLDatabase
        try await sql.create(index: "audit_events_at_idx").on(AuditRows.table).column("at").run()
        try await sql.create(index: "audit_events_client_idx").on(AuditRows.table).column("client_id").column("at").run()
        try await sql.create(index: "audit_events_staff_idx").on(AuditRows.table).column("staff_id").column("at").run()
        switch sql.dialect.name {
        case "postgresql":
            try await sql.raw("""
                CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$
                """).run()
            try await sql.raw("""
                CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
                """).run()
        default:
            for verb in ["UPDATE", "DELETE"] {
                try await sql.raw("""
                    CREATE TRIGGER audit_events_no_\(unsafeRaw: verb.lowercased()) BEFORE \(unsafeRaw: verb) ON audit_events
                    BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END
                    """).run()
            }
        }
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        if sql.dialect.name == "postgresql" {
            try await sql.raw("DROP TABLE audit_events").run()
            try await sql.raw("DROP FUNCTION audit_events_append_only()").run()
        } else {
            try await db.schema(AuditRows.table).delete()
        }
    }
}
