import Foundation
import SQLKit
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// The pigment batch register: entering batches, charting sessions from it, recalls and the
    /// recall report, over the API and in the workspace, on both stores.
    @Suite struct PigmentBatchTests {
        static func batchBody(lot: String = "NB-2611", expires: String = "2027-06-30", product: String = "Neutral black") -> String {
            #"{"product":"\#(product)","lot":"\#(lot)","supplier":"Pigment Works Ltd","expiresOn":"\#(expires)"}"#
        }

        /// Enters a batch in London's register as its lead; its id.
        static func addBatch(_ app: Application, _ f: Fixture, lot: String = "NB-2611", expires: String = "2027-06-30",
                             product: String = "Neutral black") async throws -> UUID {
            var id: UUID?
            try await app.testing().test(.POST, "api/v1/clinics/\(f.london.id)/pigment-batches", headers: bearer(Fixture.leadToken),
                                         body: jsonBody(batchBody(lot: lot, expires: expires, product: product))) { res async throws in
                #expect(res.status == .created)
                id = (try json(res)["id"] as? String).flatMap(UUID.init(uuidString:))
            }
            return try #require(id)
        }

        /// A session of London's client charted with `batch` three days before `testNow`.
        static func sessionBody(_ f: Fixture, batch: UUID, daysAgo: Int = 3) -> String {
            let start = testNow.addingTimeInterval(Double(-daysAgo) * 86_400 - 2 * 3600)
            let iso = ISO8601DateFormatter()
            return """
            {"clientID":"\(f.client.id)","technicianID":"\(f.lead.id)","startedAt":"\(iso.string(from: start))",
             "endedAt":"\(iso.string(from: start.addingTimeInterval(9000)))","zones":["crown"],"needleType":"3RL",
             "needleSize":"0.25 mm","depth":"standard","pigmentBatchID":"\(batch)"}
            """
        }

        @Test(arguments: TestStores.all)
        func batchesAreEnteredOncePerClinicAndReadByItsPeopleOnly(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let batch = try await Self.addBatch(app, f)
                let path = "api/v1/clinics/\(f.london.id)/pigment-batches"
                try await app.testing().test(.POST, path, headers: bearer(Fixture.technicianToken), body: jsonBody(Self.batchBody())) { res async throws in
                    #expect(res.status == .conflict)
                    #expect(try apiError(res).field == "lot")
                }
                try await app.testing().test(.POST, path, headers: bearer(Fixture.leadToken),
                                             body: jsonBody(Self.batchBody(lot: "NB-2", expires: "2027-02-30"))) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "expiresOn")
                }
                try await app.testing().test(.POST, path, headers: bearer(Fixture.leadToken),
                                             body: jsonBody(Self.batchBody(lot: "   "))) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "lot")
                }
                try await app.testing().test(.GET, path, headers: bearer(Fixture.technicianToken)) { res async throws in
                    #expect(res.status == .ok)
                    let list = try jsonArray(res)
                    #expect(list.map { $0["id"] as? String } == [batch.uuidString])
                    #expect(list.first?["expiresOn"] as? String == "2027-06-30")
                }
                try await app.testing().test(.GET, path, headers: bearer(Fixture.receptionToken)) { res async in
                    #expect(res.status == .forbidden)
                }
                // Another clinic's register and batch are not said to exist.
                try await app.testing().test(.GET, path, headers: bearer(Fixture.amsterdamToken)) { res async in
                    #expect(res.status == .notFound)
                }
                try await app.testing().test(.GET, "api/v1/pigment-batches/\(batch)", headers: bearer(Fixture.amsterdamToken)) { res async in
                    #expect(res.status == .notFound)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aSessionFromTheRegisterTakesItsProductAndLotAndRefusesAnExpiredOrRecalledBatch(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let good = try await Self.addBatch(app, f)
                // Expired the day before the session (three days ago), and usable on its last day.
                let expired = try await Self.addBatch(app, f, lot: "OLD-1", expires: "2026-11-21")
                let lastDay = try await Self.addBatch(app, f, lot: "LAST-1", expires: "2026-11-22")
                let recalled = try await Self.addBatch(app, f, lot: "BAD-1")
                try await app.testing().test(.POST, "api/v1/pigment-batches/\(recalled)/recall", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"reason":"supplier's notice 2026-11"}"#)) { res async in
                    #expect(res.status == .ok)
                }
                for (batch, message) in [(expired, "expired on 2026-11-21"), (recalled, "has been recalled")] {
                    try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(Self.sessionBody(f, batch: batch))) { res async throws in
                        #expect(res.status == .unprocessableEntity)
                        let error = try apiError(res)
                        #expect(error.field == "pigmentBatchID")
                        #expect(error.message.contains(message))
                    }
                }
                let amsterdamBatch = try await Store(app.db).addPigmentBatch(
                    NewPigmentBatch(clinicID: f.amsterdam.id, product: "Neutral black", lot: "AMS-1", supplier: "X",
                                    expiresOn: LocalDate(iso: "2027-01-01")!, createdBy: f.amsterdamLead.id), now: testNow)
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(Self.sessionBody(f, batch: amsterdamBatch.id))) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "pigmentBatchID")
                }
                #expect(try await Store(app.db).sessions(client: f.client.id).isEmpty, "nothing half-written")
                for batch in [lastDay, good] {
                    try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(Self.sessionBody(f, batch: batch))) { res async throws in
                        #expect(res.status == .created)
                        let session = try #require(try json(res)["session"] as? [String: Any])
                        #expect(session["pigmentBatchID"] as? String == batch.uuidString)
                        #expect(session["pigmentProduct"] as? String == "Neutral black")
                    }
                }
                #expect(try await Store(app.db).sessions(client: f.client.id).map(\.pigmentBatch) == ["LAST-1", "NB-2611"])
            }
        }

        @Test(arguments: TestStores.all)
        func aRecallIsALeadsOrAnAdminsOnceAndItsReportFindsEverySessionOfTheBatch(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let batch = try await Self.addBatch(app, f)
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(Self.sessionBody(f, batch: batch, daysAgo: 20))) { res async in
                    #expect(res.status == .created)
                }
                // Charted before the register, with the lot typed in other case: found too.
                let other = try await anotherClient(Store(app.db), f, name: "Tom Archer", email: "tom@example.com")
                _ = try await recordSession(app, client: other.id, technician: f.technician.id, daysAgo: 9,
                                            pigment: ("neutral BLACK ", "nb-2611"))
                // The same lot typed at another clinic is another bottle.
                _ = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                            token: Fixture.amsterdamToken, daysAgo: 5, pigment: ("Neutral black", "NB-2611"))
                let recall = "api/v1/pigment-batches/\(batch)/recall"
                try await app.testing().test(.POST, recall, headers: bearer(Fixture.technicianToken),
                                             body: jsonBody(#"{"reason":"x"}"#)) { res async in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.POST, recall, headers: bearer(Fixture.leadToken), body: jsonBody("{}")) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "reason")
                }
                try await app.testing().test(.POST, recall, headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"reason":"supplier's notice"}"#)) { res async throws in
                    #expect(res.status == .ok)
                    #expect(try json(res)["recallReason"] as? String == "supplier's notice")
                }
                try await app.testing().test(.POST, recall, headers: bearer(Fixture.adminToken),
                                             body: jsonBody(#"{"reason":"again"}"#)) { res async throws in
                    #expect(res.status == .conflict)
                    #expect(try apiError(res).code == "already_recalled")
                }
                try await app.testing().test(.GET, "api/v1/pigment-batches/\(batch)/recall-report",
                                             headers: bearer(Fixture.technicianToken)) { res async throws in
                    #expect(res.status == .ok)
                    let lines = try jsonArray(res)
                    #expect(lines.map { $0["clientName"] as? String } == ["Tom Archer", f.client.fullName])
                    #expect(lines.first?["email"] as? String == "tom@example.com")
                }
                let reads = try await Store(app.db).auditEvents(AuditFilter(), limit: 50, offset: 0)
                #expect(reads.contains { $0.subject == .pigmentBatch && $0.detail == "recall report" && $0.action == .read })
                #expect(reads.contains { $0.subject == .pigmentBatch && $0.action == .update })
            }
        }

        @Test(arguments: TestStores.all)
        func theWorkspaceEntersRecallsAndReportsABatch(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                _ = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 6,
                                            pigment: ("Neutral black", "NB-9"))
                let lead = try await signIn(app, f.lead)
                var headers = lead.headers
                headers.contentType = .urlEncodedForm
                let form = "_csrf=\(lead.csrf)&product=Neutral+black&lot=NB-9&supplier=Pigment+Works&expiresOn=2027-03-31"
                var batch: UUID?
                try await app.testing().test(.POST, "staff/batches", headers: headers, body: ByteBuffer(string: form)) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("Neutral black, lot NB-9, is in the register."))
                    let id = page.body.string.firstMatch(of: /id="batch-([0-9A-F-]{36})"/)?.1
                    batch = id.flatMap { UUID(uuidString: String($0)) }
                }
                let id = try #require(batch)
                try await app.testing().test(.POST, "staff/batches", headers: headers, body: ByteBuffer(string: form)) { res async in
                    #expect(res.status == .conflict)
                    #expect(res.body.string.contains("already holds this product"))
                    #expect(res.body.string.contains(#"id="lot" name="lot" value="NB-9" required maxlength="100" aria-invalid="true""#))
                }
                try await app.testing().test(.POST, "staff/batches/\(id)/recall", headers: headers,
                                             body: ByteBuffer(string: "_csrf=\(lead.csrf)&reason=")) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(res.body.string.contains("Must say why the batch is recalled"))
                }
                try await app.testing().test(.POST, "staff/batches/\(id)/recall", headers: headers,
                                             body: ByteBuffer(string: "_csrf=\(lead.csrf)&reason=Supplier+notice")) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("is recalled. Below: every client treated with it."))
                    #expect(page.body.string.contains("1 session of 1 client."))
                    #expect(page.body.string.contains(f.client.fullName))
                }
                try await app.testing().test(.GET, "staff/batches/\(id)/recall-report.csv", headers: lead.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType?.description.hasPrefix("text/csv") == true)
                    let lines = res.body.string.split(separator: "\r\n")
                    #expect(lines.count == 2)
                    #expect(lines.first == "session_id,session_number,started_at,client_id,client_name,date_of_birth,phone,email,technician")
                    #expect(lines.last?.contains(f.client.fullName) == true)
                }
                let reception = try await signIn(app, f.reception)
                try await app.testing().test(.GET, "staff/batches", headers: reception.headers) { res async in
                    #expect(res.status == .forbidden)
                }
            }
        }
    }
}
