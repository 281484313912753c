import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    @Suite struct ConsentTests {
        @Test(arguments: TestStores.all)
        func consentsAreRecordedGivenAndWithdrawnAndTheLatestHolds(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let path = "api/v1/clients/\(f.client.id)/consents"
                try await app.testing().test(.POST, path, headers: bearer(Fixture.receptionToken),
                                             body: jsonBody(#"{"kind":"photos-in-gallery","given":true,"note":"Signed form 12"}"#)) { res async throws in
                    #expect(res.status == .created)
                    #expect(try json(res)["recordedByName"] as? String == "Front desk")
                }
                try await app.testing().test(.POST, path, headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"kind":"photos-in-gallery","given":false}"#)) { res async in
                    #expect(res.status == .created)
                }
                for (body, field) in [(#"{"kind":"marketing","given":true}"#, "kind"), (#"{"kind":"treatment"}"#, "given"),
                                      (#"{"kind":"treatment","given":true,"note":"\#(String(repeating: "x", count: 501))"}"#, "note")] {
                    try await app.testing().test(.POST, path, headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                        #expect(res.status.code >= 400 && res.status.code < 500)
                        #expect(try apiError(res).field == field, "\(body)")
                    }
                }
                try await app.testing().test(.POST, path, headers: bearer(Fixture.amsterdamToken),
                                             body: jsonBody(#"{"kind":"treatment","given":true}"#)) { res async in
                    #expect(res.status == .notFound)
                }
                try await app.testing().test(.GET, path, headers: bearer(Fixture.leadToken)) { res async throws in
                    let list = try jsonArray(res)
                    #expect(list.count == 2 + Fixture.consentsAtConsultation.count)
                    #expect(list.first?["given"] as? Bool == false)  // newest first
                }
                // On the record: where each consent stands, and a new one from the page.
                let desk = try await signIn(app, f.reception)
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: desk.headers) { res async in
                    #expect(html(res).contains("Photos in the public gallery: withdrawn"))
                    #expect(html(res).contains("Treatment, its risks and aftercare: given"))
                }
                var (h, b) = desk.form([("kind", "treatment"), ("given", "yes")])
                try await app.testing().test(.POST, "staff/clients/\(f.client.id)/consents", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                (h, b) = desk.form([("kind", "treatment")])
                try await app.testing().test(.POST, "staff/clients/\(f.client.id)/consents", headers: h, body: b) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("id=\"consent-problem\""))
                }
                let latest = try await Store(app.db).consents(client: f.client.id)
                #expect(latest.first?.kind == .treatment && latest.first?.given == true && latest.first?.recordedBy == f.reception.id)
                let audited = try await Store(app.db).auditEvents(AuditFilter(subject: .consent), limit: 20)
                #expect(audited.contains { $0.staffID == f.reception.id && $0.detail == "treatment: given" })
            }
        }
    }
}
