import Foundation
import StippleCore
import StippleStore
import SQLKit
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct OpenAPIAndDemoTests {
        @Test func routesAndTheDocumentAgree() async throws {
            try await withStipple(.sqliteMemory) { app, _ in
                let routes = Set(app.routes.all.map { route in
                    let path = "/" + route.path.map { component -> String in
                        if case let .parameter(name) = component { return "{\(name)}" }
                        return component.description
                    }.joined(separator: "/")
                    return "\(route.method.rawValue) \(path)"
                })
                let documented = Set(OpenAPIDocument.operations.map { "\($0.method) \($0.path)" })
                #expect(routes.subtracting(documented).isEmpty, "routes missing from openapi.yaml")
                #expect(documented.subtracting(routes).isEmpty, "documented operations with no route")
                #expect(documented.count >= 18)
            }
        }

        @Test func documentAndDocsPageAreServed() async throws {
            try await withStipple(.sqliteMemory) { app, _ in
                try await app.testing().test(.GET, "openapi.yaml") { res async throws in
                    #expect(res.status == .ok)
                    #expect(res.body.string.hasPrefix("openapi: 3.1.0"))
                }
                try await app.testing().test(.GET, "docs") { res async throws in
                    #expect(res.headers.contentType == .html)
                    #expect(res.body.string.contains("/api/v1/journeys/{journeyID}/check-ins"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func demoChainLoads(store: StoreLocation) async throws {
            let folder = TestFolder()
            defer { folder.remove() }
            let store = folder.resolve(store)
            try await withApp(configure: { app in
                app.logger.logLevel = .warning
                var settings = ServerSettings(location: store, now: { testNow })
                if case .postgres = store {
                    try await configure(app, settings)
                    try await (app.db as! any SQLDatabase)
                        .raw("TRUNCATE demo_credentials, check_ins, journeys, treatment_sessions, clients, api_tokens, staff, clinics, partner_applications CASCADE").run()
                    _ = try await DemoChain.load(into: Store(app.db), now: testNow, protocol: settings.aftercareProtocol,
                                                 sealer: settings.linkSealer)
                } else {
                    settings.loadDemoWhenEmpty = true
                    try await configure(app, settings)
                }
            }) { app in
                // The credentials are this database's own, kept sealed with the server's key.
                let credentials = try #require(try await DemoChain.Credentials.read(from: Store(app.db), sealer: app.settings.linkSealer))
                #expect(credentials.adminToken.hasPrefix("stp_") && credentials.adminToken.count > 40)
                #expect(credentials.password.count == 20 && credentials.password != "stipple-demo-password")
                let sealed = try #require(try await Store(app.db).demoCredentials())
                #expect(!sealed.adminToken.contains(credentials.adminToken) && !sealed.password.contains(credentials.password))
                let login = try #require(try await Store(app.db).staffLogin(email: "chain.admin@stipple.example"))
                #expect(try Bcrypt.verify(credentials.password, created: login.passwordHash))
                // Another key opens nothing.
                await #expect(throws: SettingsError.self) {
                    try await DemoChain.Credentials.read(from: Store(app.db), sealer: LinkSealer(key: LinkSealer.randomKey()))
                }
                let token = bearer(credentials.adminToken)
                try await app.testing().test(.GET, "api/v1/clinics", headers: token) { res async throws in
                    let clinics = try jsonArray(res)
                    #expect(clinics.count == 6)
                    #expect(Set(clinics.compactMap { $0["timeZone"] as? String }) == ["Europe/London", "Europe/Jersey", "Europe/Amsterdam"])
                }
                try await app.testing().test(.GET, "api/v1/clients?limit=200", headers: token) { res async throws in
                    #expect(try jsonArray(res).count == 12)
                }
                try await app.testing().test(.GET, "api/v1/technicians", headers: token) { res async throws in
                    #expect(try jsonArray(res).filter { $0["role"] as? String == "lead-technician" }.count == 6)
                }
                let tiers = try await Store(app.db).clients(clinic: nil, limit: 200, offset: 0).asyncMap { client in
                    try await Store(app.db).journeys(client: client.id).asyncMap { try await Store(app.db).checkIns(journey: $0.id) }
                }.flatMap { $0 }.flatMap { $0 }.map(\.tier)
                #expect(tiers.filter { $0 == .red }.count == 1)
                #expect(tiers.contains(.amber))
            }
        }
    }
}

extension Sequence {
    func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
