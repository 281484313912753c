import Foundation
import SQLKit
import StippleCore
@testable import StippleServer
@testable import StippleStore
import Testing
import Vapor

extension ServerTests {
    /// The read connections a SQLite file is read through on the client pages: the same values as
    /// the driver, statements kept across reads without keeping old answers, and never a write.
    @Suite struct SQLiteReadConnectionsTests {
        private func withReads(_ body: (Application, SQLiteReadConnections, any SQLDatabase) async throws -> Void) async throws {
            try await withStipple(TestStores.sqliteFile) { app, _ async throws in
                let reads = try #require(app.storage[SQLiteReadsKey.self])
                let sql = try #require(app.db as? any SQLDatabase)
                try await sql.raw("CREATE TABLE samples (id INTEGER PRIMARY KEY, word TEXT, amount REAL, flag INTEGER, at REAL, raw BLOB)").run()
                try await body(app, reads, sql)
            }
        }

        @Test func valuesReadAsTheDriverReadsThem() async throws {
            try await withReads { _, reads, sql async throws in
                let at = Date(timeIntervalSince1970: 1_795_892_400.25)
                try await sql.raw("""
                    INSERT INTO samples VALUES (1, \(bind: "zoë & <b>"), \(bind: 2.5), \(bind: true), \(bind: at), x'00ff10')
                    """).run()
                try await sql.raw("INSERT INTO samples (id) VALUES (2)").run()
                let driver = try await sql.raw("SELECT * FROM samples ORDER BY id").all()
                let read = try reads.rows("SELECT * FROM samples ORDER BY id", [])
                #expect(read.count == 2)
                for (ours, theirs) in zip(read, driver) {
                    #expect(ours.allColumns == theirs.allColumns)
                    #expect(try ours.decode(column: "word", as: String?.self) == theirs.decode(column: "word", as: String?.self))
                    #expect(try ours.decode(column: "amount", as: Double?.self) == theirs.decode(column: "amount", as: Double?.self))
                    #expect(try ours.decode(column: "flag", as: Bool?.self) == theirs.decode(column: "flag", as: Bool?.self))
                    #expect(try ours.decode(column: "at", as: Date?.self) == theirs.decode(column: "at", as: Date?.self))
                    #expect(try ours.decode(column: "raw", as: Data?.self) == theirs.decode(column: "raw", as: Data?.self))
                }
                #expect(try read[1].decodeNil(column: "word"))
                #expect(throws: (any Error).self) { try read[1].decode(column: "word", as: String.self) }
                #expect(throws: SQLiteReadError.self) { try read[0].decode(column: "no_such_column", as: String.self) }
            }
        }

        @Test func aKeptStatementAnswersEachReadWithItsOwnParameters() async throws {
            try await withReads { _, reads, sql async throws in
                for id in 1...5 { try await sql.raw("INSERT INTO samples (id, word) VALUES (\(bind: id), \(bind: "w\(id)"))").run() }
                let query = "SELECT word FROM samples WHERE id = ?1 OR word = ?2"
                for id in [3, 1, 5, 3] {
                    let words = try reads.rows(query, [id, "none"]).map { try $0.decode(column: "word", as: String.self) }
                    #expect(words == ["w\(id)"])
                }
                #expect(try reads.rows(query, [9, "w2"]).map { try $0.decode(column: "word", as: String.self) } == ["w2"])
                #expect(try reads.rows(query, [9, "none"]).isEmpty)
            }
        }

        @Test func aReadSeesWhatWasCommittedJustBefore() async throws {
            try await withReads { _, reads, sql async throws in
                let query = "SELECT count(*) AS n FROM samples"
                #expect(try reads.rows(query, [])[0].decode(column: "n", as: Int.self) == 0)
                try await sql.raw("INSERT INTO samples (id) VALUES (1)").run()
                #expect(try reads.rows(query, [])[0].decode(column: "n", as: Int.self) == 1)
                // A column added after the statement was kept: SQLite prepares it again by itself.
                try await sql.raw("ALTER TABLE samples ADD COLUMN later TEXT DEFAULT 'yes'").run()
                #expect(try reads.rows("SELECT * FROM samples", [])[0].decode(column: "later", as: String.self) == "yes")
            }
        }

        @Test func readConnectionsNeverWrite() async throws {
            try await withReads { _, reads, sql async throws in
                #expect(throws: SQLiteReadError.self) { _ = try reads.rows("INSERT INTO samples (id) VALUES (1)", []) }
                #expect(throws: SQLiteReadError.self) { _ = try reads.rows("DELETE FROM samples", []) }
                #expect(throws: SQLiteReadError.self) { _ = try reads.rows("SELECT * FROM no_such_table", []) }
                // A failed statement leaves its connection usable.
                #expect(try reads.rows("SELECT 1 AS one", [])[0].decode(column: "one", as: Int.self) == 1)
                #expect(try await sql.raw("SELECT count(*) AS n FROM samples").first()?.decode(column: "n", as: Int.self) == 0)
            }
        }

        @Test func manyReadsAtOnceEachGetTheirOwnAnswer() async throws {
            try await withReads { _, reads, sql async throws in
                for id in 1...50 { try await sql.raw("INSERT INTO samples (id, word) VALUES (\(bind: id), \(bind: "w\(id)"))").run() }
                let wrong = try await withThrowingTaskGroup(of: Bool.self) { group in
                    for id in 1...50 {
                        group.addTask {
                            let rows = try reads.rows("SELECT word FROM samples WHERE id = ?1", [id])
                            return try rows.map { try $0.decode(column: "word", as: String.self) } != ["w\(id)"]
                        }
                    }
                    return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
                }
                #expect(wrong == 0)
            }
        }

        @Test func closedConnectionsRefuseToRead() async throws {
            try await withReads { _, reads, _ async throws in
                _ = try reads.rows("SELECT 1", [])
                reads.close()
                #expect(throws: SQLiteReadError.self) { _ = try reads.rows("SELECT 1", []) }
            }
        }

        /// The journey read through the read connections and through the driver: the same bundle,
        /// check-ins, photos and acknowledgements included.
        @Test func theJourneyReadIsTheSameThroughEitherPath() async throws {
            try await withStipple(TestStores.sqliteFile) { app, f async throws in
                let reads = try #require(app.storage[SQLiteReadsKey.self])
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 5)
                let store = Store(app.db, reads: reads)
                for (day, redness) in [(1, 2), (3, 3)] {
                    _ = try await store.addCheckIn(journey: journey, day: day, recordedAt: testNow.addingTimeInterval(Double(day)),
                                                   answers: CheckIn(day: day, redness: redness, scabs: true), tier: .yellow,
                                                   score: redness, photos: [NewPhoto(view: .crown, sha256: String(repeating: "a", count: 64),
                                                                                     contentType: "image/jpeg", width: 10, height: 10,
                                                                                     byteCount: 100)],
                                                   alert: NewAlert(clinicID: f.london.id, tier: .yellow, dueBy: testNow))
                }
                let alert = try #require(try await store.alerts(clinic: f.london.id, statuses: [.open]).first)
                try await store.acknowledgeAlert(alert.id, by: f.lead.id, at: testNow)
                let hash = String(repeating: "b", count: 64)
                _ = try await store.issueJourneyLink(journey: journey, tokenHash: hash, now: testNow,
                                                     expiresAt: testNow.addingTimeInterval(86_400))
                let plain = Store(app.db)
                for depth in JourneyBundle.Depth.allCases {
                    let fast = try await store.journeyBundle(journey, depth: depth)
                    let slow = try await plain.journeyBundle(journey, depth: depth)
                    #expect(fast != nil)
                    #expect(fast == slow)
                    #expect(try await store.journeyBundle(linkHash: hash, now: testNow, depth: depth) == slow)
                }
                let checkIns = try #require(try await store.journeyBundle(journey, depth: .checkIns))
                #expect(checkIns.checkIns.count == 2)
                #expect(checkIns.photos.isEmpty)
                #expect(checkIns.checkIns.compactMap(\.seenAt).count == 1)
                #expect(try await store.journeyBundle(journey, depth: .checkInsAndPhotos)?.photos.count == 2)
                #expect(try await store.journeyBundle(journey, depth: .checkInsAndPhotos)?.checkIns == checkIns.checkIns)
                #expect(try await store.journeyBundle(linkHash: hash, now: testNow.addingTimeInterval(86_401)) == nil)
                #expect(try await store.journeyBundle(UUID()) == nil)
            }
        }
    }
}
