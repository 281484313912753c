import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// Finding a client by name, phone, email or date of birth, in the person's clinic (an
    /// admin's: the chain), over the API and on the page, on both stores.
    @Suite struct ClientSearchTests {
        @Test(arguments: TestStores.all)
        func eachKindOfSearchFindsItsClientAndOnlyAtThePersonsClinic(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let tom = try await s.createClient(NewClient(
                    clinicID: f.london.id, fullName: "Tom O'Neill_Archer", dateOfBirth: LocalDate(iso: "1990-01-15")!,
                    idCheckedBy: f.lead.id, idCheckedOn: LocalDate(iso: "2026-11-01")!, email: "Tom.Archer@Example.com",
                    phone: "+44 (0)7700 900-123"))
                func found(_ q: String, _ token: String = Fixture.receptionToken) async throws -> [String] {
                    var names: [String] = []
                    let query = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
                    try await app.testing().test(.GET, "api/v1/clients?q=\(query)", headers: bearer(token)) { res async throws in
                        #expect(res.status == .ok, "\(q)")
                        names = try jsonArray(res).compactMap { $0["fullName"] as? String }
                    }
                    return names
                }
                #expect(try await found("neill") == [tom.fullName])
                #expect(try await found("archer TOM") == [tom.fullName])
                #expect(try await found("l_a") == [tom.fullName])   // an underscore is a letter, not a wildcard
                // A percent sign is looked for, not a wildcard: nobody's name has one.
                #expect(try await found("a%").isEmpty)
                #expect(try await found("tom.archer@example") == [tom.fullName])
                // A whole address finds its owner, in any case, and not an address that merely contains it.
                #expect(try await found("TOM.ARCHER@example.com") == [tom.fullName])
                #expect(try await found("archer@example.com").isEmpty)
                #expect(try await found("07700 900123") == [tom.fullName])
                #expect(try await found("900-123") == [tom.fullName])
                #expect(try await found("15/01/1990") == [tom.fullName])
                #expect(try await found("1990-01-15") == [tom.fullName])
                #expect(try await found("Marcus") == [f.client.fullName])
                // Amsterdam's lead does not find London's clients; an admin finds them across the chain.
                #expect(try await found("Marcus", Fixture.amsterdamToken).isEmpty)
                try await app.testing().test(.GET, "api/v1/clients?q=B", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "q")
                }
                #expect(try await found("Bakker", Fixture.adminToken) == [f.dutchClient.fullName])
            }
        }

        @Test(arguments: TestStores.all)
        func receptionFindsAClientOnThePageWithoutHealthData(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let reception = try await signIn(app, f.reception)
                try await app.testing().test(.GET, "staff/clients?q=bell", headers: reception.headers) { res async in
                    #expect(res.status == .ok)
                    let page = res.body.string
                    #expect(page.contains(#"<a href="/staff/clients/\#(f.client.id)">Marcus Bell</a>"#))
                    #expect(!page.lowercased().contains("pattern"))
                }
                try await app.testing().test(.GET, "staff/clients?q=x", headers: reception.headers) { res async in
                    #expect(res.status == .badRequest)
                    #expect(res.body.string.contains(#"id="search-problem""#))
                }
                try await app.testing().test(.GET, "staff/clients?q=nobody+here", headers: reception.headers) { res async in
                    #expect(res.body.string.contains("No client matches “nobody here”."))
                }
            }
        }
    }
}
