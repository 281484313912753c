import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// Every list the API answers is paged: `limit` bounds it, `offset` moves through it, and a
    /// bad value names its field.
    @Suite struct PagingTests {
        @Test(arguments: TestStores.all)
        func everyListIsPaged(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                _ = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 20)
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                for day in [1, 2] {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(#"{"day":\#(day),"temperatureC":38.6}"#)) { res async in
                        #expect(res.status == .created)
                    }
                }
                let lists = ["api/v1/clinics", "api/v1/technicians", "api/v1/clients", "api/v1/alerts",
                             "api/v1/clients/\(f.client.id)/sessions", "api/v1/clients/\(f.client.id)/journeys",
                             "api/v1/clients/\(f.client.id)/consents", "api/v1/journeys/\(journey)/reminders"]
                for list in lists {
                    var all: [[String: Any]] = []
                    try await app.testing().test(.GET, list, headers: bearer(Fixture.adminToken)) { res async throws in
                        all = try jsonArray(res)
                    }
                    #expect(all.count >= 2, "\(list)")
                    var pages: [String] = []
                    for offset in 0..<all.count {
                        try await app.testing().test(.GET, "\(list)?limit=1&offset=\(offset)", headers: bearer(Fixture.adminToken)) { res async throws in
                            let page = try jsonArray(res)
                            #expect(page.count == 1, "\(list)")
                            pages += page.compactMap { $0["id"] as? String }
                        }
                    }
                    // One page at a time gives each item once, in the list's order.
                    #expect(pages == all.compactMap { $0["id"] as? String }, "\(list)")
                    for (query, status, field) in [("limit=0", HTTPStatus.unprocessableEntity, "limit"),
                                                   ("limit=100000", .unprocessableEntity, "limit"),
                                                   ("offset=-1", .unprocessableEntity, "offset"),
                                                   ("limit=all", .badRequest, "limit")] {
                        try await app.testing().test(.GET, "\(list)?\(query)", headers: bearer(Fixture.adminToken)) { res async throws in
                            #expect(res.status == status, "\(list)?\(query)")
                            #expect(try apiError(res).field == field, "\(list)?\(query)")
                        }
                    }
                }
            }
        }
    }
}
