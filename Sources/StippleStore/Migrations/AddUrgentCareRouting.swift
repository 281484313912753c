import Foundation
import FluentKit
import SQLKit
import StippleCore

/// Red check-ins route to an emergency call or to same-day urgent care. A clinic gets its
/// urgent-care advice (where its clients go for a fever or fast-spreading redness; existing
/// clinics get their country's default, and `journey_bundles` is rebuilt to carry it), and an
/// alert keeps the route its check-in was given.
struct AddUrgentCareRouting: AsyncMigration {
    func prepare(on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await db.schema("alerts").field("route", .string).update()
        try await db.schema("clinics").field("urgent_care_advice", .string).update()
        struct Row: Decodable { var id: UUID; var country: String; var language: String }
        for row in try await sql.select().columns("id", "country", "language").from("clinics").all(decoding: Row.self) {
            guard let language = Language(rawValue: row.language) else {
                throw StoredDataError(table: "clinics", column: "language")
            }
            try await sql.update("clinics")
                .set("urgent_care_advice", to: UrgentCareAdvice.forCountry(row.country, language: language))
                .where("id", .equal, row.id).run()
        }
        try await sql.raw("DROP VIEW journey_bundles").run()
        try await sql.raw(SQLQueryString(JourneyBundleView.create(withUrgentCareAdvice: true))).run()
    }

    func revert(on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("DROP VIEW journey_bundles").run()
        try await CreateJourneyBundleView().prepare(on: db)
        try await db.schema("clinics").deleteField("urgent_care_advice").update()
        try await db.schema("alerts").deleteField("route").update()
    }
}
