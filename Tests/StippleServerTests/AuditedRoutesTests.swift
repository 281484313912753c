import Foundation
@testable import StippleServer
import StippleStore
import Testing
import Vapor

extension ServerTests {
    /// Every route behind the audit middleware says what it is about, or is on the short list of
    /// routes without health data: a new route cannot slip past the audit log unnoticed.
    @Suite struct AuditedRoutesTests {
        @Test func everyStaffAndAPIRouteIsAuditedOrListedAsWithoutHealthData() async throws {
            try await withStipple(.sqliteMemory) { app, _ in
                var unaccounted: [String] = []
                for route in app.routes.all {
                    let first = route.path.first?.description
                    let key = AuditedRoutes.key(route)
                    guard first == "api" || (first == "staff" && !key.hasSuffix("/staff/login")) else { continue }
                    if AuditedRoutes.subject(route) == nil && !AuditedRoutes.exempt.contains(key) { unaccounted.append(key) }
                }
                #expect(unaccounted.isEmpty, "\(unaccounted)")
                // The exemptions are routes that exist.
                let keys = Set(app.routes.all.map(AuditedRoutes.key))
                #expect(AuditedRoutes.exempt.subtracting(keys).isEmpty)
            }
        }
    }
}
