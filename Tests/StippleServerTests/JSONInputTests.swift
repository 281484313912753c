import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// JSON bodies that a parser would read one way and a person another are refused.
    @Suite struct JSONInputTests {
        @Test(arguments: TestStores.all)
        func aDuplicatedKeyCannotHideAFever(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                for body in [#"{"day":1,"temperatureC":39.5,"temperatureC":36.5}"#, #"{"day":1,"temperatureC":39.5,"temperature\u0043":36.5}"#] {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(body)) { res async throws in
                        #expect(res.status == .unprocessableEntity)
                        #expect(try apiError(res).field == "temperatureC" && apiError(res).message == "is given twice")
                    }
                }
                #expect(try await Store(app.db).checkIns(journey: journey).isEmpty)
                // Every JSON body goes through the same check.
                try await app.testing().test(.POST, "api/v1/clients/\(f.client.id)/consents", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"kind":"treatment","given":true,"given":false}"#)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "given")
                }
            }
        }

        @Test(arguments: TestStores.all)
        func dayAndAtTogetherMustAgree(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                // The session was at 08:00 UTC three days before testNow (Europe/London: the same day).
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let cases: [(String, HTTPStatus, String?)] = [
                    (#"{"day":2,"at":"not a time","redness":1}"#, .unprocessableEntity, "at"),
                    (#"{"day":2,"at":"2026-11-23T10:00:00Z","redness":1}"#, .unprocessableEntity, "at"),   // day 1
                    (#"{"day":1,"at":"2026-11-23T10:00:00Z","redness":1}"#, .created, nil),
                    (#"{"at":"2026-11-24T10:00:00Z","redness":1}"#, .created, nil),
                ]
                for (body, status, field) in cases {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(body)) { res async throws in
                        #expect(res.status == status, "\(body): \(res.body.string)")
                        if let field { #expect(try apiError(res).field == field, "\(body)") }
                    }
                }
                #expect(try await Store(app.db).checkIns(journey: journey).map(\.day).sorted() == [1, 2])
            }
        }

        @Test(arguments: TestStores.all)
        func aBodyThatIsNotJSONGets415(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                for type in [HTTPMediaType.plainText, .urlEncodedForm] {
                    var headers = bearer(Fixture.leadToken)
                    headers.contentType = type
                    for path in ["api/v1/journeys/\(journey)/check-ins", "api/v1/clients/\(f.client.id)/consents"] {
                        try await app.testing().test(.POST, path, headers: headers, body: jsonBody(#"{"day":1}"#)) { res async throws in
                            #expect(res.status == .unsupportedMediaType, "\(path) \(type)")
                            #expect(try apiError(res).code == "unsupported_media_type")
                        }
                    }
                }
                #expect(try await Store(app.db).checkIns(journey: journey).isEmpty)
            }
        }
    }
}
