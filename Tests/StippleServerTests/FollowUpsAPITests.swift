import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct FollowUpsAPITests {
        func body(_ startsAt: String, technician: UUID, override: String? = nil) -> ByteBuffer {
            let reason = override.map { #","overrideReason":"\#($0)""# } ?? ""
            return jsonBody(#"{"startsAt":"\#(startsAt)","technicianID":"\#(technician)"\#(reason)}"#)
        }

        @Test(arguments: TestStores.all)
        func aDateBeforeTheScalpHasHealedIsRefusedThenTheFirstAllowedDateIsBookedAndReminded(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                // Session on 21 November (day 4 today); the client is on blood thinners.
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                var firstAllowed = ""
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken),
                                             body: body("2026-11-26T10:00:00Z", technician: f.lead.id)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    let error = try apiError(res)
                    #expect(error.field == "startsAt")
                    #expect(error.message.contains("2026-11-26 cannot be booked"))
                    let match = try #require(error.message.range(of: #"first allowed date is (\d{4}-\d{2}-\d{2})"#, options: .regularExpression))
                    firstAllowed = String(error.message[match].suffix(10))
                }
                #expect(firstAllowed >= "2026-11-28")
                // The first allowed date, at 10:00 London time.
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken),
                                             body: body("\(firstAllowed)T10:00:00Z", technician: f.lead.id)) { res async throws in
                    #expect(res.status == .created)
                    let view = try json(res)
                    #expect(view["sessionNumber"] as? Int == 2)
                    #expect(view["date"] as? String == firstAllowed)
                    #expect(view["reminderDueAt"] as? String == "\(LocalDate(iso: firstAllowed)!.adding(days: -1))T10:00:00Z")
                }
                let reminder = try await Store(app.db).reminders(journey: journey).first { $0.kind == .followUp }
                #expect(reminder?.status == .scheduled)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken),
                                             body: body("\(firstAllowed)T11:00:00Z", technician: f.lead.id)) { res async throws in
                    #expect(res.status == .conflict)
                }
                try await app.testing().test(.DELETE, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken)) { res async in
                    #expect(res.status == .noContent)
                }
                #expect(try await Store(app.db).reminders(journey: journey).allSatisfy { $0.kind != .followUp })
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken)) { res async in
                    #expect(res.status == .notFound)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func onlyAnAdminOverridesTheRuleAndTheReasonIsKept(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                let early = body("2026-11-26T10:00:00Z", technician: f.lead.id, override: "Client travels abroad; lead checked the scalp in person")
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken), body: early) { res async in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.adminToken), body: early) { res async throws in
                    #expect(res.status == .created)
                    #expect((try json(res)["overrideReason"] as? String)?.hasPrefix("Client travels abroad") == true)
                }
                #expect(try await Store(app.db).bookedFollowUp(journey: journey)?.overrideReason?.hasPrefix("Client travels") == true)
            }
        }

        @Test(arguments: TestStores.all)
        func anOpenRedCheckInBlocksBooking(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"temperatureC":38.5}"#)) { _ async in }
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(Fixture.leadToken),
                                             body: body("2027-01-20T10:00:00Z", technician: f.lead.id)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).message.contains("An open red check-in must be closed by a person first."))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func badBookingsNameTheField(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                let cases: [(ByteBuffer, HTTPStatus, String?, String)] = [
                    (body("2026-11-20T10:00:00Z", technician: f.lead.id), .unprocessableEntity, "startsAt", Fixture.leadToken),
                    (body("9999-11-20T10:00:00Z", technician: f.lead.id), .unprocessableEntity, "startsAt", Fixture.leadToken),
                    (body("2027-01-20T10:00:00Z", technician: f.amsterdamLead.id), .unprocessableEntity, "technicianID", Fixture.leadToken),
                    (body("2027-01-20T10:00:00Z", technician: f.lead.id, override: "no need"), .unprocessableEntity, "overrideReason", Fixture.adminToken),
                    (jsonBody(#"{"startsAt":"soon","technicianID":"\#(f.lead.id)"}"#), .unprocessableEntity, "startsAt", Fixture.leadToken),
                    (body("2027-01-20T10:00:00Z", technician: f.lead.id), .forbidden, nil, Fixture.receptionToken),
                    (body("2027-01-20T10:00:00Z", technician: f.lead.id), .notFound, nil, Fixture.amsterdamToken),
                ]
                for (payload, status, field, token) in cases {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/follow-up", headers: bearer(token), body: payload) { res async throws in
                        #expect(res.status == status, "\(payload.getString(at: 0, length: payload.readableBytes) ?? "")")
                        #expect(try apiError(res).field == field)
                    }
                }
                #expect(try await Store(app.db).bookedFollowUp(journey: journey) == nil)
            }
        }
    }
}
