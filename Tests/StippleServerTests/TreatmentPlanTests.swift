import Foundation
import SQLKit
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct TreatmentPlanTests {
        func planBody(_ sessions: Int, touchUp: Bool = true) -> ByteBuffer {
            jsonBody(#"{"sessions":\#(sessions),"touchUp":\#(touchUp)}"#)
        }

        /// Records a session over the API and returns its journey and the client's link token.
        func session(_ app: Application, client: UUID, technician: UUID, daysAgo: Int) async throws -> (journey: UUID, token: String) {
            let start = testNow.addingTimeInterval(Double(-daysAgo) * 86_400 - 2 * 3600)
            let f = ISO8601DateFormatter()
            let body = """
            {"clientID":"\(client)","technicianID":"\(technician)","startedAt":"\(f.string(from: start))",
             "endedAt":"\(f.string(from: start.addingTimeInterval(9000)))","zones":["hairline"],"needleType":"3RL",
             "needleSize":"0.25 mm","depth":"standard","pigmentProduct":"Neutral black","pigmentBatch":"LOT-1"}
            """
            var out: (UUID, String)?
            try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                #expect(res.status == .created)
                let view = try json(res)
                let link = try #require(view["link"] as? [String: Any])
                out = (try #require((view["journeyID"] as? String).flatMap(UUID.init(uuidString:))), try #require(link["token"] as? String))
            }
            return try #require(out)
        }

        func topUps(_ app: Application, client: UUID) async throws -> [(status: String, dueAt: Date)] {
            try await (app.db as! any SQLDatabase).raw("""
                SELECT status, due_at FROM client_messages WHERE client_id = \(bind: client) AND kind = 'top-up' ORDER BY created_at
                """).all().map { (try $0.decode(column: "status", as: String.self), try $0.decode(column: "due_at", as: Date.self)) }
        }

        @Test(arguments: TestStores.all)
        func thePlanIsTheProtocolsUntilSetWithinItsRangeAndEveryChangeIsAudited(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let path = "api/v1/clients/\(f.client.id)/treatment-plan"
                try await app.testing().test(.GET, path, headers: bearer(Fixture.technicianToken)) { res async throws in
                    #expect(res.status == .ok)
                    let view = try json(res)
                    #expect(view["setBy"] as? String == "protocol")
                    #expect((view["plan"] as? [String: Any])?["sessions"] as? Int == 3)
                    #expect((view["next"] as? [String: Any])?["label"] as? String == "session 1 of 3")
                    #expect(view["minSessions"] as? Int == 2 && view["maxSessions"] as? Int == 4)
                }
                try await app.testing().test(.PUT, path, headers: bearer(Fixture.technicianToken), body: planBody(4, touchUp: false)) { res async throws in
                    #expect(res.status == .ok)
                    let view = try json(res)
                    #expect(view["setBy"] as? String == "staff")
                    #expect((view["plan"] as? [String: Any])?["touchUp"] as? Bool == false)
                    #expect((view["next"] as? [String: Any])?["label"] as? String == "session 1 of 4")
                }
                for (payload, status, field, token) in [
                    (planBody(5), HTTPStatus.unprocessableEntity, "sessions", Fixture.leadToken),
                    (planBody(1), .unprocessableEntity, "sessions", Fixture.leadToken),
                    (jsonBody(#"{"sessions":3}"#), .unprocessableEntity, "touchUp", Fixture.leadToken),
                    (planBody(3), .forbidden, nil, Fixture.receptionToken),
                    (planBody(3), .notFound, nil, Fixture.amsterdamToken),
                ] as [(ByteBuffer, HTTPStatus, String?, String)] {
                    try await app.testing().test(.PUT, path, headers: bearer(token), body: payload) { res async throws in
                        #expect(res.status == status)
                        #expect(try apiError(res).field == field)
                    }
                }
                let stored = try #require(try await Store(app.db).treatmentPlan(client: f.client.id))
                #expect(stored.plan == TreatmentPlan(sessions: 4, touchUp: false) && stored.setBy == f.technician.id)
                let audited = try await Store(app.db).auditEvents(AuditFilter(subject: .treatmentPlan), limit: 50)
                #expect(audited.contains { $0.action == .update && $0.detail == "4 sessions, no touch-up" && $0.staffID == f.technician.id })
                #expect(audited.contains { $0.action == .read && $0.clientID == f.client.id })
            }
        }

        @Test(arguments: TestStores.all)
        func theJourneyTheRecordAndTheClientsPageSayWhereTheNextSessionFallsInThePlan(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let (journey, token) = try await session(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                var earliest = ""
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    let next = try #require(try json(res)["nextSession"] as? [String: Any])
                    #expect(next["step"] as? String == "session")
                    #expect(next["label"] as? String == "session 2 of 3")
                    earliest = try #require(next["earliestDate"] as? String)
                    let day = try #require(LocalDate(iso: earliest)).text(.enGB, withYear: false)
                    #expect(next["summary"] as? String == "Session 2 of 3, from \(day)")
                }
                let day = try #require(LocalDate(iso: earliest)).text(.enGB, withYear: false)
                try await app.testing().test(.GET, "j/\(token)") { res async in
                    #expect(html(res).contains("Your treatment plan: Session 2 of 3, from \(day)."))
                }
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: lead.headers) { res async in
                    #expect(html(res).contains("3 sessions and a touch-up, then a top-up every 3–5 years."))
                    #expect(html(res).contains("Session 1 of 3: held"))
                    #expect(html(res).contains("Next: Session 2 of 3, from \(day)."))
                    #expect(html(res).contains("Book session 2 (session 2 of 3)"))
                }
                // A two-session plan makes the next one its last; the form says so back.
                let (h, b) = lead.form([("sessions", "2"), ("touchUp", "yes")])
                try await app.testing().test(.POST, "staff/clients/\(f.client.id)/treatment-plan", headers: h, body: b) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("The plan is saved: 2 sessions and a touch-up."))
                    #expect(page.body.string.contains("Next: Session 2 of 2, from \(day)."))
                }
                try await app.testing().test(.GET, "staff/dashboard", headers: lead.headers) { res async in
                    #expect(html(res).contains(#"<span class="plan-step">session 2 of 2</span>"#))
                }
                let (h2, b2) = lead.form([("sessions", "9")])
                try await app.testing().test(.POST, "staff/clients/\(f.client.id)/treatment-plan", headers: h2, body: b2) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("Must be from 2 to 4, got 9"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func theTouchUpIsBookedOnlyInItsWindowAfterThePlansLastSession(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await Store(app.db).setTreatmentPlan(TreatmentPlan(sessions: 2, touchUp: true), client: f.client.id,
                                                         by: f.lead.id, now: testNow)
                _ = try await session(app, client: f.client.id, technician: f.lead.id, daysAgo: 60)
                let (journey, _) = try await session(app, client: f.client.id, technician: f.lead.id, daysAgo: 10)
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    let next = try #require(try json(res)["nextSession"] as? [String: Any])
                    #expect(next["step"] as? String == "touch-up" && next["sessionNumber"] as? Int == 3)
                    // 28 days after the session of 15 November.
                    #expect(next["earliestDate"] as? String == "2026-12-13")
                    #expect(next["recommendedTo"] as? String == "2026-12-27")
                }
                // 15 days after the last session: healed, perhaps, but inside the touch-up's four weeks.
                let early = jsonBody(#"{"startsAt":"2026-11-30T10:00:00Z","technicianID":"\#(f.lead.id)"}"#)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken), body: early) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    let error = try apiError(res)
                    #expect(error.field == "startsAt")
                    #expect(error.message.contains("The touch-up can be at least 28 days after the previous session (2026-11-15): 2026-12-13."))
                }
                let inWindow = jsonBody(#"{"startsAt":"2026-12-17T10:00:00Z","technicianID":"\#(f.lead.id)"}"#)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken), body: inWindow) { res async throws in
                    #expect(res.status == .created)
                    #expect(try json(res)["sessionNumber"] as? Int == 3)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func theSessionThatCompletesThePlanSetsTheTopUpWhichConsentAndANewPlanCanStop(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let dan = try await anotherClient(s, f, name: "Dan Okafor", email: "dan@example.org")
                try await s.setTreatmentPlan(TreatmentPlan(sessions: 2, touchUp: false), client: dan.id, by: f.lead.id, now: testNow)
                _ = try await session(app, client: dan.id, technician: f.lead.id, daysAgo: 40)
                #expect(try await topUps(app, client: dan.id).isEmpty)
                _ = try await session(app, client: dan.id, technician: f.lead.id, daysAgo: 5)
                // Three years after 20 November 2026, at London's reminder hour (10:00, GMT in November).
                let waiting = try await topUps(app, client: dan.id)
                #expect(waiting.map(\.status) == ["scheduled"])
                #expect(ISO8601DateFormatter().string(from: try #require(waiting.first).dueAt) == "2029-11-20T10:00:00Z")

                try await s.recordConsent(client: dan.id, kind: .healingMessages, given: false, note: nil, by: f.lead.id, at: testNow)
                #expect(try await topUps(app, client: dan.id).map(\.status) == ["cancelled"])
                try await s.recordConsent(client: dan.id, kind: .healingMessages, given: true, note: nil, by: f.lead.id,
                                          at: testNow.addingTimeInterval(60))
                #expect(try await topUps(app, client: dan.id).map(\.status) == ["scheduled"])

                // A third session in the plan means the treatment is not finished: no top-up waits.
                try await s.setTreatmentPlan(TreatmentPlan(sessions: 3, touchUp: false), client: dan.id, by: f.lead.id, now: testNow)
                #expect(try await topUps(app, client: dan.id).map(\.status) == ["cancelled"])
                _ = try await session(app, client: dan.id, technician: f.lead.id, daysAgo: 1)
                #expect(try await topUps(app, client: dan.id).map(\.status) == ["cancelled", "scheduled"])
            }
        }
    }
}
