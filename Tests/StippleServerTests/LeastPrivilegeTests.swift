import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// What each role's answers hold, field by field: reception reads no health data, and
    /// technicians' licence numbers stay within their clinic.
    @Suite struct LeastPrivilegeTests {
        @Test(arguments: TestStores.all)
        func theClientListCarriesNoHealthDataForAnyone(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                for token in [Fixture.receptionToken, Fixture.technicianToken, Fixture.leadToken] {
                    try await app.testing().test(.GET, "api/v1/clients", headers: bearer(token)) { res async throws in
                        #expect(res.status == .ok)
                        let clients = try jsonArray(res)
                        #expect(clients.count == 1)
                        let marcus = try #require(clients.first)
                        #expect(Set(marcus.keys) == ["id", "clinicID", "fullName", "dateOfBirth"], "\(token)")
                        #expect(marcus["fullName"] as? String == "Marcus Bell")
                        #expect(marcus["dateOfBirth"] as? String == "1979-09-30")
                    }
                }
                // An admin sees the chain.
                try await app.testing().test(.GET, "api/v1/clients", headers: bearer(Fixture.adminToken)) { res async throws in
                    let clients = try jsonArray(res)
                    #expect(Set(clients.compactMap { $0["fullName"] as? String }) == ["Marcus Bell", "Joris Bakker"])
                }
            }
        }

        @Test(arguments: TestStores.all)
        func techniciansAreListedWithinTheCallersClinic(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                func names(_ token: String, query: String = "") async throws -> Set<String> {
                    var out: Set<String> = []
                    try await app.testing().test(.GET, "api/v1/technicians\(query)", headers: bearer(token)) { res async throws in
                        #expect(res.status == .ok)
                        out = Set(try jsonArray(res).compactMap { $0["name"] as? String })
                    }
                    return out
                }
                let london: Set = ["Priya Shah", "Tom Price"]
                let r1 = try await names(Fixture.leadToken)
                #expect(r1 == london)
                let r2 = try await names(Fixture.receptionToken)
                #expect(r2 == london)
                let r3 = try await names(Fixture.technicianToken)
                #expect(r3 == london)
                let r4 = try await names(Fixture.amsterdamToken)
                #expect(r4 == ["Sanne de Vries"])
                // Another clinic asked for by name gives nothing away.
                #expect(try await names(Fixture.leadToken, query: "?clinic=\(f.amsterdam.id)").isEmpty)
                let r5 = try await names(Fixture.adminToken)
                #expect(r5 == london.union(["Sanne de Vries"]))
                #expect(try await names(Fixture.adminToken, query: "?clinic=\(f.amsterdam.id)") == ["Sanne de Vries"])
            }
        }
    }
}
