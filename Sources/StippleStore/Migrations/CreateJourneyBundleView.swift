import FluentKit
import SQLKit

/// `journey_bundles` (see `JourneyBundleView`).
struct CreateJourneyBundleView: AsyncMigration {
    func prepare(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw(SQLQueryString(JourneyBundleView.create(withUrgentCareAdvice: false))).run()
    }

    func revert(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("DROP VIEW journey_bundles").run()
    }
}
