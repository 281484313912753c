import FluentKit
import SQLKit

/// When a clinic's reminders may be sent (see `ReminderSettings`).
struct AddReminderSettingsToClinics: AsyncMigration {
    func prepare(on db: any Database) async throws {
        for (column, hour) in [("reminder_hour", 10), ("missed_check_in_hour", 19), ("quiet_from", 21), ("quiet_until", 8)] {
            try await db.schema("clinics").field(.definition(name: .key(.string(column)), dataType: .int,
                                                                     constraints: [.required, .sql(.default(hour))])).update()
        }
    }

    func revert(on db: any Database) async throws {
        for column in ["quiet_until", "quiet_from", "missed_check_in_hour", "reminder_hour"] {
            try await db.schema("clinics").deleteField(.string(column)).update()
        }
    }
}
