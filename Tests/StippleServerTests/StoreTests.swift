import FluentKit
import Foundation
import SQLKit
import StippleCore
import StippleStore
import Testing

extension ServerTests {
    /// The store on its own, on every database: integrity rules the API relies on.
    @Suite struct StoreTests {
        private func session(client: UUID, clinic: UUID, technician: UUID) -> NewSession {
            NewSession(clientID: client, clinicID: clinic, technicianID: technician,
                       startedAt: testNow.addingTimeInterval(-7200), endedAt: testNow, zones: [.crown],
                       needleType: "3RL", needleSize: "0.25 mm", depth: .standard,
                       pigmentProduct: "Neutral black", pigmentBatch: "LOT-9")
        }

        @Test(arguments: TestStores.all)
        func foreignKeysAreEnforced(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f async throws in
                let store = Store(app.db)
                await #expect(throws: (any Error).self) {
                    _ = try await store.recordSession(self.session(client: UUID(), clinic: f.london.id, technician: f.lead.id),
                                                      sessionDate: LocalDate(iso: "2026-11-25")!, timeZone: "Europe/London",
                                                      protocolVersion: "2026.1")
                }
                #expect(try await store.sessions(client: f.client.id).isEmpty)
            }
        }

        @Test(arguments: TestStores.all)
        func aFailedSessionLeavesNoHalfWrittenJourney(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f async throws in
                let store = Store(app.db)
                // The session inserts, then its journey fails (an unknown clinic): both roll back.
                await #expect(throws: (any Error).self) {
                    _ = try await store.recordSession(self.session(client: f.client.id, clinic: UUID(), technician: f.lead.id),
                                                      sessionDate: LocalDate(iso: "2026-11-25")!, timeZone: "Europe/London",
                                                      protocolVersion: "2026.1")
                }
                #expect(try await store.sessions(client: f.client.id).isEmpty)
                #expect(try await store.journeys(client: f.client.id).isEmpty)
            }
        }

        @Test(arguments: TestStores.all)
        func sessionsAreNumberedPerClient(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f async throws in
                let store = Store(app.db)
                for expected in 1...3 {
                    let (s, j) = try await store.recordSession(
                        session(client: f.client.id, clinic: f.london.id, technician: f.lead.id),
                        sessionDate: LocalDate(iso: "2026-11-25")!, timeZone: "Europe/London", protocolVersion: "2026.1")
                    #expect(s.sessionNumber == expected)
                    #expect(try await store.journeyBundle(j.id)?.session.id == s.id)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func checkInsRoundTripAndTheLatestEarlierOneIsFound(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f async throws in
                let store = Store(app.db)
                let (_, j) = try await store.recordSession(
                    session(client: f.client.id, clinic: f.london.id, technician: f.lead.id),
                    sessionDate: LocalDate(iso: "2026-11-20")!, timeZone: "Europe/London", protocolVersion: "2026.1")
                let answers = CheckIn(day: 3, redness: 1, discharge: .clear, temperatureC: 37.2, scabs: true, washed: false)
                _ = try await store.addCheckIn(journey: j.id, day: 3, recordedAt: testNow, answers: answers, tier: .green, score: 2)
                _ = try await store.addCheckIn(journey: j.id, day: 5, recordedAt: testNow.addingTimeInterval(60),
                                               answers: CheckIn(day: 5), tier: .yellow, score: 0)
                let all = try await store.checkIns(journey: j.id)
                #expect(all.map(\.day) == [3, 5])
                #expect(all.first?.answers == answers)
                #expect(all.last?.tier == .yellow)
                #expect(try await store.latestCheckIn(journey: j.id, onOrBefore: 4)?.day == 3)
                #expect(try await store.latestCheckIn(journey: j.id, onOrBefore: 2) == nil)
            }
        }

        @Test(arguments: TestStores.all)
        func aBundleCarriesTheWholeClient(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f async throws in
                let store = Store(app.db)
                let (_, j) = try await store.recordSession(
                    session(client: f.client.id, clinic: f.london.id, technician: f.lead.id),
                    sessionDate: LocalDate(iso: "2026-11-25")!, timeZone: "Europe/London", protocolVersion: "2026.1")
                let bundle = try #require(try await store.journeyBundle(j.id))
                let stored = try #require(try await store.client(f.client.id))
                #expect(bundle.client == stored)
                #expect(bundle.clinic == f.london)
                #expect(bundle.health.screening.response.answers.anticoagulants)
                #expect(bundle.health == (try await store.health(client: f.client.id)))
                #expect(try await store.journeyBundle(UUID()) == nil)
            }
        }
    }
}
