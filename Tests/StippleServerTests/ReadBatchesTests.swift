import Foundation
import StippleCore
@testable import StippleServer
@testable import StippleStore
import Testing
import Vapor

/// Reads that arrive together share a batch; each is answered with its own key's value, by a
/// statement that started after it arrived, and no more batches run at once than allowed.
@Suite struct ReadBatchesTests {
    /// Records each batch's keys and how many ran at once.
    final class Loads: Sendable {
        let batches = Locked<[[Int]]>([])
        let running = Locked<(now: Int, most: Int)>((0, 0))

        func load(_ keys: [Int]) async throws -> [Int: String] {
            running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
            try await Task.sleep(for: .milliseconds(2))  // a round trip: other reads queue meanwhile
            batches.withLock { $0.append(keys) }
            running.withLock { $0.now -= 1 }
            // Odd keys exist; even keys have no value.
            return Dictionary(uniqueKeysWithValues: keys.filter { $0 % 2 == 1 }.map { ($0, "value \($0)") })
        }
    }

    @Test(arguments: [1, 2, 4])
    func readsArrivingTogetherShareBatchesAndEachGetsItsOwnValue(maxInFlight: Int) async throws {
        let batches = ReadBatches<Int, String>(maxInFlight: maxInFlight, maxBatch: 16)
        let loads = Loads()
        let answers = try await withThrowingTaskGroup(of: (Int, String?).self) { group in
            for i in 0..<400 {
                let key = i % 60  // the same key read by several requests at once too
                group.addTask { (key, try await batches.value(for: key, load: loads.load)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(answers.count == 400)
        for (key, value) in answers { #expect(value == (key % 2 == 1 ? "value \(key)" : nil)) }
        let all = loads.batches.withLock { $0 }
        #expect(all.count < 400 / 4)
        #expect(all.allSatisfy { $0.count <= 16 && Set($0).count == $0.count })
        #expect(loads.running.withLock { $0.most } <= maxInFlight)
        #expect(batches.waitingCount == 0)
    }

    @Test func aReadOnAnIdleBatcherGoesOutAtOnceAndAlone() async throws {
        let batches = ReadBatches<Int, String>(maxInFlight: 2)
        let loads = Loads()
        #expect(try await batches.value(for: 7, load: loads.load) == "value 7")
        #expect(try await batches.value(for: 8, load: loads.load) == nil)
        #expect(loads.batches.withLock { $0 } == [[7], [8]])
    }

    @Test func aFailedBatchFailsItsOwnReadsAndTheWaitingOnesGoOutNext() async throws {
        struct Down: Error {}
        let batches = ReadBatches<Int, String>(maxInFlight: 1)
        let gate = Locked<CheckedContinuation<Void, Never>?>(nil)
        let first = Task {
            try await batches.value(for: 1) { _ in
                await withCheckedContinuation { continuation in gate.withLock { $0 = continuation } }
                throw Down()
            }
        }
        // The first read holds the only slot; ten more queue behind it.
        while gate.withLock({ $0 == nil }) { await Task.yield() }
        let loads = Loads()
        let rest = (0..<10).map { i in Task { try await batches.value(for: 11 + 2 * i, load: loads.load) } }
        while batches.waitingCount < 10 { await Task.yield() }
        gate.withLock { $0?.resume(); $0 = nil }

        await #expect(throws: Down.self) { try await first.value }
        for (i, read) in rest.enumerated() { #expect(try await read.value == "value \(11 + 2 * i)") }
        // The queued reads went out as one batch, after the failed one.
        #expect(loads.batches.withLock { $0.count } == 1)
        #expect(batches.waitingCount == 0)
    }
}

extension ServerTests {
    /// The journey read by link with `JourneyLinkReads`: several links in one statement, each read
    /// answered with its own journey, and expiry checked against each read's own time.
    @Suite struct JourneyLinkReadsTests {
        @Test(arguments: TestStores.all)
        func concurrentReadsOfSeveralLinksEachGetTheirOwnJourney(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f in
                let london = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                let amsterdam = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                        token: Fixture.amsterdamToken, daysAgo: 2)
                let older = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 40)
                // Two check-ins in London, one in Amsterdam, none on the older journey.
                for (journey, token, body) in [(london, Fixture.leadToken, #"{"day":1,"redness":1}"#),
                                                (london, Fixture.leadToken, #"{"redness":1,"scabs":true}"#),
                                                (amsterdam, Fixture.amsterdamToken, #"{"temperatureC":38.5}"#)] {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(token),
                                                 body: jsonBody(body)) { res async in #expect(res.status == .created) }
                }
                let checkIns = [london: [1, 4], amsterdam: [2]]
                // One slot: whatever arrives while a read runs waits and goes out in one batch.
                let store = Store(app.db, linkReads: JourneyLinkReads(maxInFlight: 1))
                var links: [(hash: String, journey: UUID?)] = []
                for journey in [london, amsterdam] {
                    let hash = SecretToken.hash(SecretToken.generate())
                    _ = try await store.issueJourneyLink(journey: journey, tokenHash: hash, now: testNow,
                                                         expiresAt: testNow.addingTimeInterval(86_400))
                    links.append((hash, journey))
                }
                let expired = SecretToken.hash(SecretToken.generate())
                _ = try await store.issueJourneyLink(journey: older, tokenHash: expired, now: testNow.addingTimeInterval(-200 * 86_400),
                                                     expiresAt: testNow.addingTimeInterval(-1))
                links.append((expired, nil))
                links.append((SecretToken.hash(SecretToken.generate()), nil))  // never issued

                let depths = JourneyBundle.Depth.allCases
                let answers = try await withThrowingTaskGroup(of: (Int, JourneyBundle?).self) { group in
                    for i in 0..<120 {
                        let link = links[i % links.count], depth = depths[i % depths.count]
                        group.addTask { (i, try await store.journeyBundle(linkHash: link.hash, now: testNow, depth: depth)) }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
                #expect(answers.count == 120)
                for (i, bundle) in answers {
                    let journey = links[i % links.count].journey
                    #expect(bundle?.journey.id == journey, "read \(i)")
                    // Each journey with its own check-ins, oldest first, as deep as asked.
                    let expected = depths[i % depths.count] == .journey ? [] : journey.flatMap { checkIns[$0] } ?? []
                    #expect(bundle.map { $0.checkIns.map(\.day) } == (journey == nil ? nil : expected), "read \(i)")
                    #expect(bundle.map { $0.checkIns.allSatisfy { $0.journeyID == journey } } != false)
                }
                if case .postgres = location {
                    // One statement for several links: every link not revoked, each with its own rows.
                    let rows = try await store.linkRows(links.map(\.hash), depth: .checkIns)
                    #expect(Set(rows.keys) == Set(links.prefix(3).map(\.hash)))
                    let londonRows = try #require(rows[links[0].hash])
                    #expect(try PostgresRowValues(londonRows.journey, columns: londonRows.journeyColumns).uuid("j_id") == london)
                    #expect(londonRows.checkIns.count == 2)
                    #expect(rows[links[2].hash]?.checkIns.isEmpty == true)
                }
                // The expired link opened its journey while it was valid.
                let earlier = try await store.journeyBundle(linkHash: expired, now: testNow.addingTimeInterval(-2), depth: .checkIns)
                #expect(earlier?.journey.id == older)
            }
        }
    }
}
