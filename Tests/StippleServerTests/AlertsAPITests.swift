import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct AlertsAPITests {
        func checkIn(_ app: Application, _ journey: UUID, _ body: String, token: String = Fixture.leadToken) async throws {
            try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(token),
                                         body: jsonBody(body)) { res async in #expect(res.status == .created) }
        }

        @Test(arguments: TestStores.all)
        func yellowAmberAndRedCheckInsOpenAlertsMostSevereFirst(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let marcus = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                try await checkIn(app, marcus, #"{"day":2,"swelling":1}"#)                   // green: no alert
                try await checkIn(app, marcus, #"{"day":3,"swelling":2}"#)                   // worse than day 2
                try await checkIn(app, marcus, #"{"day":4,"temperatureC":38.5}"#)           // red
                let dutch = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                    token: Fixture.amsterdamToken, daysAgo: 4)
                try await checkIn(app, dutch, #"{"temperatureC":39}"#, token: Fixture.amsterdamToken)
                try await app.testing().test(.GET, "api/v1/alerts", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .ok)
                    let list = try jsonArray(res)
                    #expect(list.compactMap { $0["tier"] as? String }.first == "red")
                    #expect(list.allSatisfy { $0["clinicID"] as? String == f.london.id.uuidString })
                    #expect(list.first?["clientName"] as? String == "Marcus Bell")
                    // Red is due at once.
                    #expect(list.first?["dueBy"] as? String == list.first?["openedAt"] as? String)
                }
                try await app.testing().test(.GET, "api/v1/alerts", headers: bearer(Fixture.adminToken)) { res async throws in
                    #expect(try jsonArray(res).filter { $0["tier"] as? String == "red" }.count == 2)
                }
                try await app.testing().test(.GET, "api/v1/alerts", headers: bearer(Fixture.receptionToken)) { res async in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.GET, "api/v1/alerts?status=closed", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .badRequest)
                    #expect(try apiError(res).field == "status")
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aPersonAcknowledgesAndResolvesTheClientSeesItAndBookingIsNoLongerBlocked(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                try await checkIn(app, journey, #"{"temperatureC":38.5}"#)
                var alertID = ""
                try await app.testing().test(.GET, "api/v1/alerts", headers: bearer(Fixture.leadToken)) { res async throws in
                    alertID = try #require(try jsonArray(res).first?["id"] as? String)
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect((try json(res)["nextSession"] as? [String: Any])?["blockedBy"] as? String == "red")
                }
                try await app.testing().test(.GET, "j/\(link)") { res async in
                    #expect(!res.body.string.contains("Your clinic has seen this"))
                }
                try await app.testing().test(.POST, "api/v1/alerts/\(alertID)/acknowledge", headers: bearer(Fixture.amsterdamToken)) { res async in
                    #expect(res.status == .notFound)  // another clinic's
                }
                try await app.testing().test(.POST, "api/v1/alerts/\(alertID)/acknowledge", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .ok)
                    let body = try json(res)
                    #expect(body["status"] as? String == "acknowledged")
                    #expect(body["acknowledgedBy"] as? String == f.lead.id.uuidString)
                }
                try await app.testing().test(.GET, "j/\(link)") { res async in
                    #expect(res.body.string.contains("Your clinic has seen this"))
                }
                // Acknowledged is not closed: booking stays blocked.
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect((try json(res)["nextSession"] as? [String: Any])?["blockedBy"] as? String == "red")
                }
                try await app.testing().test(.POST, "api/v1/alerts/\(alertID)/resolve", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"action":"sent-flowers"}"#)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "action")
                }
                try await app.testing().test(.POST, "api/v1/alerts/\(alertID)/resolve", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"action":"called-client","note":"Called; client went to A&E, antibiotics started."}"#)) { res async throws in
                    #expect(res.status == .ok)
                    let body = try json(res)
                    #expect(body["status"] as? String == "resolved")
                    #expect(body["action"] as? String == "called-client")
                }
                try await app.testing().test(.POST, "api/v1/alerts/\(alertID)/acknowledge", headers: bearer(Fixture.leadToken)) { res async in
                    #expect(res.status == .conflict)
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect((try json(res)["nextSession"] as? [String: Any])?["blockedBy"] == nil)
                }
                try await app.testing().test(.GET, "api/v1/alerts?status=resolved", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try jsonArray(res).count == 1)
                }
            }
        }
    }
}
