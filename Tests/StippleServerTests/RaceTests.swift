import Foundation
import NIOCore
import SQLKit
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// Fifty requests at once for each invariant the database holds, on both stores. PostgreSQL
/// (several instances on one database in production) is where a check-then-insert would let
/// more than one through; SQLite's single writer would hide it.
extension ServerTests {
    @Suite struct RaceTests {
        static let racers = 50

        /// Sends `racers` requests at once; their statuses and error codes, in no order.
        static func race(_ app: Application, _ requests: [(HTTPMethod, String, HTTPHeaders, String)]) async throws
            -> [(status: HTTPStatus, code: String?)] {
            try await withThrowingTaskGroup(of: (HTTPStatus, String?).self) { group in
                for (method, path, headers, body) in requests {
                    group.addTask {
                        let res = try await app.testing().sendRequest(method, path, headers: headers, body: jsonBody(body))
                        let code = (try? json(res))?["error"].flatMap { ($0 as? [String: Any])?["code"] as? String }
                        return (res.status, code)
                    }
                }
                var out: [(status: HTTPStatus, code: String?)] = []
                for try await result in group { out.append(result) }
                return out
            }
        }

        static func inDays(_ days: Int, hour: Int = 10) -> String {
            let start = Calendar(identifier: .gregorian).startOfDay(for: testNow.addingTimeInterval(Double(days) * 86_400))
            return ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(hour) * 3600))
        }

        @Test(arguments: TestStores.all)
        func fiftyBookingsOfOneJourneysFollowUpGiveOne(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 20)
                // Each for a different hour and technician's slot, so only the journey's rule decides.
                let requests = (0..<Self.racers).map { i in
                    (HTTPMethod.POST, "api/v1/journeys/\(journey)/follow-up", bearer(Fixture.leadToken),
                     #"{"startsAt":"\#(Self.inDays(10 + i))","technicianID":"\#(f.technician.id)"}"#)
                }
                let results = try await Self.race(app, requests)
                #expect(results.filter { $0.status == .created }.count == 1)
                let refused = results.filter { $0.status != .created }
                #expect(refused.count == Self.racers - 1)
                #expect(refused.allSatisfy { $0.status == .conflict && $0.code == "already_booked" })
                // Nothing half-written: one booking, one follow-up reminder.
                let sql = app.db as! any SQLDatabase
                let booked = try await sql.raw("SELECT COUNT(*) AS n FROM follow_ups WHERE journey_id = \(bind: journey)").first()
                #expect(try booked?.decode(column: "n", as: Int.self) == 1)
                let reminders = try await Store(app.db).reminders(journey: journey).filter { $0.kind == .followUp }
                #expect(reminders.count == 1)
            }
        }

        @Test(arguments: TestStores.all)
        func fiftyEntriesOfOneLotGiveOneBatchAndFiftyRecallsOneRecall(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let path = "api/v1/clinics/\(f.london.id)/pigment-batches"
                // Each with another supplier and expiry, so only the product and lot decide.
                let entries = (0..<Self.racers).map { i in
                    (HTTPMethod.POST, path, bearer(i.isMultiple(of: 2) ? Fixture.leadToken : Fixture.technicianToken),
                     #"{"product":"Neutral black","lot":"NB-2611","supplier":"Supplier \#(i)","expiresOn":"2027-0\#(1 + i % 9)-01"}"#)
                }
                let entered = try await Self.race(app, entries)
                #expect(entered.filter { $0.status == .created }.count == 1)
                #expect(entered.filter { $0.status == .conflict && $0.code == "conflict" }.count == Self.racers - 1)
                let batches = try await Store(app.db).pigmentBatches(clinic: f.london.id)
                #expect(batches.count == 1)
                let batch = try #require(batches.first)

                let recalls = (0..<Self.racers).map { i in
                    (HTTPMethod.POST, "api/v1/pigment-batches/\(batch.id)/recall", bearer(i.isMultiple(of: 2) ? Fixture.leadToken : Fixture.adminToken),
                     #"{"reason":"notice \#(i)"}"#)
                }
                let recalled = try await Self.race(app, recalls)
                #expect(recalled.filter { $0.status == .ok }.count == 1)
                #expect(recalled.filter { $0.status == .conflict && $0.code == "already_recalled" }.count == Self.racers - 1)
                let kept = try #require(try await Store(app.db).pigmentBatch(batch.id))
                #expect(kept.recallReason?.hasPrefix("notice ") == true)
            }
        }

        @Test(arguments: TestStores.all)
        func fiftyBookingsOfOneTechnicianAtOneTimeGiveOne(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                var journeys: [UUID] = []
                for i in 0..<Self.racers {
                    let client = i == 0 ? f.client : try await anotherClient(s, f, name: "Racer \(i)")
                    journeys.append(try await recordSession(app, client: client.id, technician: f.lead.id, daysAgo: 20))
                }
                // Fifty journeys, one technician, start times an hour apart at most: every pair overlaps.
                let requests = journeys.enumerated().map { i, journey in
                    let start = ISO8601DateFormatter().string(
                        from: ISO8601DateFormatter().date(from: Self.inDays(10))!.addingTimeInterval(Double(i % 60) * 60))
                    return (HTTPMethod.POST, "api/v1/journeys/\(journey)/follow-up", bearer(Fixture.leadToken),
                            #"{"startsAt":"\#(start)","technicianID":"\#(f.technician.id)"}"#)
                }
                let results = try await Self.race(app, requests)
                #expect(results.filter { $0.status == .created }.count == 1)
                #expect(results.filter { $0.status == .conflict && $0.code == "technician_booked" }.count == Self.racers - 1,
                        "\(results.map { "\($0.status.code) \($0.code ?? "")" })")
                let sql = app.db as! any SQLDatabase
                let booked = try await sql.raw("SELECT COUNT(*) AS n FROM follow_ups").first()
                #expect(try booked?.decode(column: "n", as: Int.self) == 1)
                let reminders = try await sql.raw("SELECT COUNT(*) AS n FROM reminders WHERE kind = 'follow-up'").first()
                #expect(try reminders?.decode(column: "n", as: Int.self) == 1)
                // The booking ends by 13:49 at the latest: from 14:00 the technician is free again.
                let winner = try #require(try await sql.raw("SELECT journey_id FROM follow_ups").first())
                    .decode(column: "journey_id", as: UUID.self)
                let other = try #require(journeys.first { $0 != winner })
                try await app.testing().test(.POST, "api/v1/journeys/\(other)/follow-up", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"startsAt":"\#(Self.inDays(10, hour: 14))","technicianID":"\#(f.technician.id)"}"#)) { res async in
                    #expect(res.status == .created)
                }
            }
        }

        /// The store checks before it inserts; these rows skip the checks, as a racing writer
        /// that passed them would, and the schema alone refuses them.
        @Test(arguments: TestStores.all)
        func theSchemaItselfRefusesWhatTheChecksWouldCatch(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let first = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 20)
                let second = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                     token: Fixture.amsterdamToken, daysAgo: 20)
                let sql = app.db as! any SQLDatabase
                let at = testNow.addingTimeInterval(10 * 86_400)
                func insert(journey: UUID, client: UUID, clinic: UUID, startsAt: Date) async throws {
                    try await sql.raw("""
                        INSERT INTO follow_ups (id, journey_id, client_id, clinic_id, technician_id, booked_by, session_number,
                                                starts_at, ends_at, status, created_at)
                        VALUES (\(bind: UUID()), \(bind: journey), \(bind: client), \(bind: clinic), \(bind: f.technician.id),
                                \(bind: f.lead.id), 2, \(bind: startsAt), \(bind: startsAt.addingTimeInterval(3 * 3600)), 'booked',
                                \(bind: testNow))
                        """).run()
                }
                try await insert(journey: first, client: f.client.id, clinic: f.london.id, startsAt: at)
                // A second booked follow-up of the journey, days later: the unique index.
                await #expect(throws: (any Error).self) {
                    try await insert(journey: first, client: f.client.id, clinic: f.london.id, startsAt: at.addingTimeInterval(5 * 86_400))
                }
                // Two sessions of a client with one number.
                _ = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 5)
                let numbered = try await Store(app.db).sessions(client: f.client.id)
                #expect(Set(numbered.map(\.sessionNumber)) == [1, 2])
                await #expect(throws: (any Error).self) {
                    try await sql.raw("UPDATE treatment_sessions SET session_number = 1 WHERE client_id = \(bind: f.client.id)").run()
                }
                // Two consents of a client with one sequence number.
                await #expect(throws: (any Error).self) {
                    try await sql.raw("""
                        INSERT INTO consents (id, client_id, kind, given, recorded_at, recorded_by, seq)
                        VALUES (\(bind: UUID()), \(bind: f.client.id), 'treatment', \(bind: true), \(bind: testNow), \(bind: f.lead.id), 1)
                        """).run()
                }
                if store.isPostgres {
                    // The same technician an hour later, for another journey: the exclusion constraint.
                    await #expect(throws: (any Error).self) {
                        try await insert(journey: second, client: f.dutchClient.id, clinic: f.amsterdam.id, startsAt: at.addingTimeInterval(3600))
                    }
                    // Three hours later is free.
                    try await insert(journey: second, client: f.dutchClient.id, clinic: f.amsterdam.id, startsAt: at.addingTimeInterval(3 * 3600))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func fiftySessionsOfOneClientAreNumberedOneToFifty(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let f8601 = ISO8601DateFormatter()
                let requests = (0..<Self.racers).map { i in
                    let start = testNow.addingTimeInterval(Double(-i - 1) * 86_400)
                    return (HTTPMethod.POST, "api/v1/sessions", bearer(Fixture.leadToken), """
                        {"clientID":"\(f.client.id)","technicianID":"\(f.lead.id)","startedAt":"\(f8601.string(from: start))",
                         "endedAt":"\(f8601.string(from: start.addingTimeInterval(9000)))","zones":["crown"],"needleType":"3RL",
                         "needleSize":"0.25 mm","depth":"standard","pigmentProduct":"Neutral black","pigmentBatch":"LOT-1"}
                        """)
                }
                let results = try await Self.race(app, requests)
                #expect(results.allSatisfy { $0.status == .created })
                let numbers = try await Store(app.db).sessions(client: f.client.id).map(\.sessionNumber)
                #expect(numbers.sorted() == Array(1...Self.racers))
            }
        }

        @Test(arguments: TestStores.all)
        func fiftyConsentsOfOneClientGetFiftySequenceNumbers(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let before = try await Store(app.db).consents(client: f.client.id).count
                let requests = (0..<Self.racers).map { i in
                    (HTTPMethod.POST, "api/v1/clients/\(f.client.id)/consents", bearer(Fixture.receptionToken),
                     #"{"kind":"photos-in-gallery","given":\#(i % 2 == 0)}"#)
                }
                let results = try await Self.race(app, requests)
                #expect(results.allSatisfy { $0.status == .created })
                let sql = app.db as! any SQLDatabase
                let rows = try await sql.raw("SELECT seq FROM consents WHERE client_id = \(bind: f.client.id)").all()
                let seqs = try rows.map { try $0.decode(column: "seq", as: Int.self) }
                #expect(seqs.count == before + Self.racers)
                #expect(Set(seqs).count == seqs.count)
                #expect(seqs.sorted() == Array(1...(before + Self.racers)))
            }
        }

        @Test(arguments: TestStores.all)
        func fiftyResolutionsOfOneAlertKeepTheFirst(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"temperatureC":38.6}"#)) { res async in #expect(res.status == .created) }
                let alert = try #require(try await Store(app.db).alerts(clinic: f.london.id, statuses: [.open]).first)
                let requests = (0..<Self.racers).map { i in
                    (HTTPMethod.POST, "api/v1/alerts/\(alert.id)/resolve", bearer(i % 2 == 0 ? Fixture.leadToken : Fixture.adminToken),
                     #"{"action":"called-client","note":"resolution \#(i)"}"#)
                }
                let results = try await Self.race(app, requests)
                #expect(results.filter { $0.status == .ok }.count == 1)
                #expect(results.filter { $0.status == .conflict }.count == Self.racers - 1)
                let resolved = try #require(try await Store(app.db).alert(alert.id))
                #expect(resolved.status == .resolved)
                // The one resolution that answered 200 is the one kept: its note and its person agree.
                let index = try #require(resolved.note.flatMap { Int($0.dropFirst("resolution ".count)) })
                #expect(resolved.resolvedBy == (index % 2 == 0 ? f.lead.id : f.admin.id))
            }
        }
    }
}
