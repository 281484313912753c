import FluentKit
import SQLKit

/// The journey read joins its tables itself, each record's columns listed once in its mapping
/// (`JourneyRead`), so the view that listed them a second time goes.
struct DropJourneyBundleView: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("DROP VIEW journey_bundles").run()
    }

    func revert(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw(SQLQueryString(JourneyBundleView.create(withUrgentCareAdvice: true))).run()
    }
}
