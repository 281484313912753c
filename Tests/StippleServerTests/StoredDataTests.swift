import Foundation
import SQLKit
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// Stored health data that cannot be read fails loudly: a 500 (JSON for the API, a page for the
/// client), a log line naming the table and column and never the value. Read on with a default,
/// it would show a green tier, "nothing disclosed" or day 0, or leave a check-in out.
extension ServerTests {
    @Suite struct StoredDataTests {
        /// Damages one stored value with `statement`, then requests the journey over the API and
        /// on the client's page; both must fail, and the log must say where, not what.
        func expectLoudFailure(_ store: StoreLocation, column: String, secret: String,
                               damage: @escaping @Sendable (any SQLDatabase, Fixture, UUID) async throws -> Void) async throws {
            let capture = LogCapture.shared  // before the app makes its loggers
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"redness":1,"temperatureC":36.8}"#)) { res async in
                    #expect(res.status == .created)
                }
                let token = try await issueLink(app, journey: journey)
                try await damage(app.db as! any SQLDatabase, f, journey)
                let lines = try await capture.lines {
                    try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                        #expect(res.status == .internalServerError, "\(column)")
                        #expect((try json(res)["error"] as? [String: Any])?["code"] as? String == "server_error")
                    }
                    try await app.testing().test(.GET, "j/\(token)") { res async in
                        #expect(res.status == .internalServerError, "\(column)")
                        #expect(res.body.string.contains("Something went wrong on our side"))
                    }
                }
                let errors = lines.filter { $0.contains("unexpected error") }
                #expect(errors.count == 2, "\(column)")
                #expect(errors.allSatisfy { $0.contains("StoredDataError") && $0.contains(column) }, "\(errors)")
                #expect(!lines.joined().contains(secret))
            }
        }

        @Test(arguments: TestStores.all)
        func anUnknownTierIsNotReadAsGreen(store: StoreLocation) async throws {
            try await expectLoudFailure(store, column: "tier", secret: "purple") { sql, _, journey in
                try await sql.raw("UPDATE check_ins SET tier = 'purple' WHERE journey_id = \(bind: journey)").run()
            }
        }

        @Test(arguments: TestStores.all)
        func unreadableAnswersDoNotMakeTheCheckInDisappear(store: StoreLocation) async throws {
            try await expectLoudFailure(store, column: "answers", secret: "sore-secret") { sql, _, journey in
                try await sql.raw("""
                    UPDATE check_ins SET answers = '{"pain":"sore-secret"}' WHERE journey_id = \(bind: journey)
                    """).run()
            }
        }

        @Test(arguments: TestStores.all)
        func anUnreadableScreeningIsNotNothingDisclosed(store: StoreLocation) async throws {
            try await expectLoudFailure(store, column: "answers", secret: "warfarin") { sql, f, _ in
                try await corruptScreening(sql, client: f.client.id, column: "answers", value: "on warfarin")
            }
        }

        @Test(arguments: TestStores.all)
        func aBadSessionDateIsNotDayZero(store: StoreLocation) async throws {
            try await expectLoudFailure(store, column: "session_date", secret: "2026-13-45") { sql, _, journey in
                try await sql.raw("UPDATE journeys SET session_date = '2026-13-45' WHERE id = \(bind: journey)").run()
            }
        }

        @Test(arguments: TestStores.all)
        func anUnknownStaffRoleIsNotReception(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let sql = app.db as! any SQLDatabase
                try await sql.raw("UPDATE staff SET role = 'owner' WHERE id = \(bind: f.reception.id)").run()
                await #expect(throws: StoredDataError(table: "staff", column: "role")) {
                    _ = try await Store(app.db).staffMember(f.reception.id)
                }
            }
        }
    }
}
