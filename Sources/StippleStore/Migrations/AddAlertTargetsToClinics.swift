import FluentKit
import SQLKit

/// How fast each clinic answers an alert, by tier (`AlertTargets`); NULL keeps the default.
struct AddAlertTargetsToClinics: AsyncMigration {
    func prepare(on db: any Database) async throws {
        for column in ["red_response_minutes", "amber_response_hours", "yellow_response_days"] {
            try await db.schema("clinics").field(FieldKey(stringLiteral: column), .int).update()
        }
    }

    func revert(on db: any Database) async throws {
        for column in ["yellow_response_days", "amber_response_hours", "red_response_minutes"] {
            try await db.schema("clinics").deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
