import Foundation
import SQLKit
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    @Suite struct SeedChainTests {
        @Test(arguments: TestStores.all)
        func aSeededChainIsRealisticAndOnTheDashboard(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                let sql = app.db as! any SQLDatabase
                // An empty database: the fixture's rows go first.
                for table in ["api_tokens", "staff_sessions"] { try await sql.raw("DELETE FROM \(unsafeRaw: table)").run() }
                for table in ["consents", "client_health", "screening_clearances", "screenings", "screening_requests",
                              "client_message_attempts", "client_messages", "consent_documents"] {
                    try await sql.raw("DELETE FROM \(unsafeRaw: table)").run()
                }
                try await sql.raw("DELETE FROM clients").run()
                try await sql.raw("DELETE FROM staff").run()
                try await sql.raw("DELETE FROM clinics").run()
                let seen = Locked<[Int]>([])
                let summary = try await SeedChain.load(into: Store(app.db), clients: 60, now: testNow,
                                                       protocol: DefaultProtocol.protocolValue, sealer: app.settings.linkSealer,
                                                       passwordCost: 4, batchSize: 25,
                                                       progress: { done, _ in seen.withLock { $0.append(done) } })
                #expect(seen.withLock { $0 } == [25, 50, 60])
                #expect(summary.clinics == 6 && summary.technicians == 55 && summary.clients == 60)
                #expect((120...240).contains(summary.sessions))
                // About thirty check-ins per client.
                #expect((20...40).contains(summary.checkIns / summary.clients))
                func count(_ query: String) async throws -> Int {
                    try await sql.raw("\(unsafeRaw: query)").first()!.decode(column: "n", as: Int.self)
                }
                #expect(try await count("SELECT COUNT(*) AS n FROM check_ins") == summary.checkIns)
                // One journey per client is the latest; the others are superseded.
                let latest = try await sql.raw("SELECT COUNT(*) AS n FROM journeys WHERE superseded = \(bind: false)").first()!
                    .decode(column: "n", as: Int.self)
                #expect(latest == 60)
                // The dashboard's columns match the check-ins they summarise.
                #expect(try await count("""
                    SELECT COUNT(*) AS n FROM journeys j WHERE j.last_check_in_at IS NOT NULL AND j.last_check_in_at <>
                    (SELECT MAX(c.recorded_at) FROM check_ins c WHERE c.journey_id = j.id)
                    """) == 0)
                // The lead of Newcastle signs in with the demo password.
                let login = try #require(try await Store(app.db).staffLogin(email: "jamie.robson@stipple.example"))
                #expect(try Bcrypt.verify(summary.credentials.password, created: login.passwordHash))
                let (rows, total) = try await Store(app.db).dashboard(DashboardQuery(
                    clinicIDs: nil, since: LocalDate(testNow, in: .gmt).adding(days: -CheckInSchedule.watchDays)))
                #expect(total == summary.healingNow && rows.count == min(total, 50))
            }
        }
    }
}
