import FluentKit
import SQLKit

/// Indexes the workspace reads by: calendars by clinic or technician and time, feeds by their
/// hash, alerts across the chain by status.
struct AddWorkspaceIndexes: AsyncMigration {
    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.create(index: "follow_ups_clinic_starts_idx").on("follow_ups").column("clinic_id").column("starts_at").run()
        try await sql.create(index: "follow_ups_technician_starts_idx").on("follow_ups")
            .column("technician_id").column("starts_at").run()
        try await sql.create(index: "staff_calendar_feed_idx").on("staff").column("calendar_feed_hash").run()
        try await sql.create(index: "alerts_clinic_resolved_idx").on("alerts")
            .column("clinic_id").column("status").column("resolved_at").run()
        try await sql.create(index: "alerts_status_idx").on("alerts").column("status").column("severity").column("opened_at").run()
    }

    func revert(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        for name in ["alerts_clinic_resolved_idx", "follow_ups_clinic_starts_idx", "follow_ups_technician_starts_idx", "staff_calendar_feed_idx", "alerts_status_idx"] {
            try await sql.drop(index: name).run()
        }
    }
}
