import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct JourneysAPITests {
        @Test(arguments: TestStores.all)
        func journeyIsComputedInTheClinicsTimeZone(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .ok)
                    let j = try json(res)
                    #expect(j["day"] as? Int == 4)
                    #expect(j["sessionDate"] as? String == "2026-11-21")
                    let today = try #require(j["today"] as? [String: Any])
                    #expect(today["stageID"] as? String == "scabbing")
                    #expect((today["normal"] as? [String])?.contains("Tiny dark scabs over the dots") == true)
                    #expect((j["timeline"] as? [Any])?.count == 5)
                    let estimate = try #require(j["estimate"] as? [String: Any])
                    // Blood thinners (screening) and a second zone lengthen the estimate.
                    #expect((estimate["explanation"] as? [String])?.count == 2)
                    let next = try #require(j["nextSession"] as? [String: Any])
                    #expect(next["sessionNumber"] as? Int == 2)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func feverCheckInIsRedWithUrgentCareNotAnEmergencyCall(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"temperatureC":38.5,"redness":2}"#)) { res async throws in
                    #expect(res.status == .created)
                    let body = try json(res)
                    #expect(body["tier"] as? String == "red")
                    #expect(body["day"] as? Int == 3)
                    #expect(body["route"] as? String == "urgentCare")
                    #expect((body["action"] as? String)?.contains("Call NHS 111 or ask your GP for an urgent appointment today.") == true)
                    #expect((body["action"] as? String)?.hasPrefix("Call 999") == false)
                    #expect(body["emergencyNumber"] as? String == "999")
                    #expect((body["reasons"] as? [String])?.first == "A temperature of 38.5 °C is a fever (from 38 °C).")
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    let j = try json(res)
                    #expect((j["checkIns"] as? [[String: Any]])?.first?["tier"] as? String == "red")
                    #expect((j["nextSession"] as? [String: Any])?["blockedBy"] as? String == "red")
                }
                // The alert keeps the route and the red response target.
                try await app.testing().test(.GET, "api/v1/alerts", headers: bearer(Fixture.leadToken)) { res async throws in
                    let alert = try #require((try jsonArray(res)).first)
                    #expect(alert["tier"] as? String == "red")
                    #expect(alert["route"] as? String == "urgentCare")
                    #expect(alert["dueBy"] as? String != nil)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func confusionWithAFeverIsAnEmergencyCall(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"temperatureC":38.5,"systemicSymptoms":true}"#)) { res async throws in
                    let body = try json(res)
                    #expect(body["tier"] as? String == "red")
                    #expect(body["route"] as? String == "emergency")
                    #expect((body["action"] as? String)?.hasPrefix("Call 999 now") == true)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func dutchClinicSendsAFeverToTheHuisarts(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                      token: Fixture.amsterdamToken, daysAgo: 2)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.amsterdamToken),
                                             body: jsonBody(#"{"temperatureC":39.1}"#)) { res async throws in
                    let body = try json(res)
                    #expect(body["tier"] as? String == "red")
                    #expect((body["action"] as? String)?.contains("Bel nu je huisarts, of buiten kantoortijden de huisartsenpost.") == true)
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.amsterdamToken)) { res async throws in
                    #expect((try json(res)["today"] as? [String: Any])?["stageTitle"] as? String == "Roodheid en zwelling")
                }
            }
        }

        @Test(arguments: TestStores.all)
        func earlierCheckInsAreComparedWith(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                for (body, tier) in [(#"{"day":3,"swelling":1}"#, "green"), (#"{"day":4,"swelling":2}"#, "amber")] {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(body)) { res async throws in
                        #expect(try json(res)["tier"] as? String == tier, "\(body)")
                    }
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken)) { res async throws in
                    let list = try jsonArray(res)
                    #expect(list.compactMap { $0["day"] as? Int } == [3, 4])
                    // Blood thinners (screening): the infection sign is at least amber, with the reason.
                    #expect((list.last?["findings"] as? [String])?.contains("higherRiskClient") == true)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func badCheckInsNameTheFieldAndStoreNothing(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let cases: [(String, HTTPStatus, String?)] = [
                    (#"{"redness":4}"#, .unprocessableEntity, "redness"),
                    (#"{"pain":-1}"#, .unprocessableEntity, "pain"),
                    (#"{"temperatureC":"hot"}"#, .unprocessableEntity, "temperatureC"),
                    (#"{"discharge":"green"}"#, .unprocessableEntity, "discharge"),
                    (#"{"tempC":39}"#, .unprocessableEntity, "tempC"),
                    (#"{"day":5}"#, .unprocessableEntity, "day"),
                    (#"{"at":"2026-11-21T12:00:00Z"}"#, .unprocessableEntity, "at"),
                    (#"{"at":"soon"}"#, .unprocessableEntity, "at"),
                    (#"{"previous":[]}"#, .unprocessableEntity, "previous"),
                    (#"[1]"#, .badRequest, nil),
                    (#"{"redness":"#, .badRequest, nil),
                ]
                for (body, status, field) in cases {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(body)) { res async throws in
                        #expect(res.status == status, "\(body)")
                        #expect(try apiError(res).field == field, "\(body)")
                    }
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try jsonArray(res).isEmpty)
                }
                try await app.testing().test(.POST, "api/v1/journeys/\(UUID())/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"redness":1}"#)) { res async throws in
                    #expect(res.status == .notFound)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func checkInDatedByInstantUsesTheClinicsCalendar(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                // Session 2026-11-22 10:00 UTC; 23:30 UTC on the 23rd is already the 24th in Amsterdam.
                let journey = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                      token: Fixture.amsterdamToken, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.amsterdamToken),
                                             body: jsonBody(#"{"at":"2026-11-23T23:30:00Z","redness":1}"#)) { res async throws in
                    #expect(try json(res)["day"] as? Int == 2)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func anotherClinicsJourneyIsNotFound(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 1)
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.amsterdamToken)) { res async throws in
                    #expect(res.status == .notFound)
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.receptionToken)) { res async throws in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.GET, "api/v1/journeys/not-an-id", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .notFound)
                }
            }
        }
    }
}
