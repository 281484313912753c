import Foundation
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct HealthAndAuthTests {
        @Test(arguments: TestStores.all)
        func healthAndReadiness(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                try await app.testing().test(.GET, "healthz") { res async throws in
                    #expect(res.status == .ok)
                    #expect(try json(res)["status"] as? String == "ok")
                }
                try await app.testing().test(.GET, "readyz") { res async throws in #expect(res.status == .ok) }
            }
        }

        @Test(arguments: TestStores.all)
        func everyAPIRouteNeedsAToken(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                // The public booking API is for anyone (`PublicBookingController`).
                let apiRoutes = app.routes.all.filter { $0.path.first?.description == "api" && $0.path.dropFirst(2).first?.description != "public" }
                #expect(apiRoutes.count >= 14)
                for route in apiRoutes {
                    let path = route.path.map { component -> String in
                        if case .parameter = component { return UUID().uuidString }
                        return component.description
                    }.joined(separator: "/")
                    for headers in [HTTPHeaders(), bearer("not-a-token")] {
                        try await app.testing().test(route.method, path, headers: headers) { res async throws in
                            #expect(res.status == .unauthorized, "\(route.method) \(path)")
                            #expect(try apiError(res).code == "unauthorized")
                        }
                    }
                }
            }
        }

        @Test(arguments: TestStores.all)
        func unknownRouteIsAJSON404(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                try await app.testing().test(.GET, "api/v1/nothing-here", headers: bearer(Fixture.adminToken)) { res async throws in
                    #expect(res.status == .notFound)
                    #expect(try apiError(res).code == "not_found")
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aMethodAPathDoesNotTakeIsA405WithAllow(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                let cases: [(HTTPMethod, String, String)] = [
                    (.DELETE, "api/v1/clinics", "GET, HEAD, POST"),
                    (.PUT, "api/v1/journeys/\(UUID())", "GET, HEAD"),
                    (.PATCH, "j/\(SecretToken.generate())/check-in", "GET, HEAD, POST"),
                    (.DELETE, "staff/people/\(UUID())/password", "POST"),
                    (.OPTIONS, "calendar/anything.ics", "GET, HEAD"),
                ]
                for (method, path, allow) in cases {
                    try await app.testing().test(method, path, headers: bearer(Fixture.adminToken)) { res async throws in
                        #expect(res.status == .methodNotAllowed, "\(method) \(path)")
                        #expect(res.headers.first(name: .allow) == allow, "\(method) \(path)")
                        #expect(try apiError(res).code == "method_not_allowed")
                    }
                }
                // A path no route has stays a 404.
                try await app.testing().test(.DELETE, "api/v1/nothing-here", headers: bearer(Fixture.adminToken)) { res async in
                    #expect(res.status == .notFound)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func oversizedBodyIsA413(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                let huge = #"{"name":""# + String(repeating: "x", count: 100_000) + #""}"#
                // A running server: the in-memory tester hands over bodies already collected. Its
                // port is below Linux's ephemeral range (32768–60999), where the test's own
                // connections to PostgreSQL could already hold it.
                try await app.testing(method: .running(hostname: "127.0.0.1", port: Int.random(in: 20_000...29_999)))
                    .test(.POST, "api/v1/clinics", headers: bearer(Fixture.adminToken), body: jsonBody(huge)) { res async throws in
                    #expect(res.status == .payloadTooLarge)
                    #expect(try apiError(res).code == "too_large")
                }
            }
        }

        @Test func tokensAreStoredHashed() {
            let token = APIToken.generate()
            #expect(token.hasPrefix("stp_"))
            #expect(token.count > 40)
            #expect(APIToken.hash(token).count == 64)
            #expect(APIToken.hash(token) != token)
            #expect(APIToken.generate() != token)
        }
    }
}
