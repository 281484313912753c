import Foundation
@testable import StippleServer
import Testing
import Vapor

extension ServerTests {
    /// The staff workspace's routes are the list in `StaffRoute`, the client's pages the list in
    /// `ClientRoute`, and their addresses are built from those lists.
    @Suite struct SiteRouteTests {
        @Test func everyStaffRouteIsRegisteredAndNothingElse() async throws {
            try await withStipple(TestStores.sqliteFile) { app, _ in
                let registered = Set(app.routes.all.map(AuditedRoutes.key).filter { $0.contains(" /staff") })
                #expect(registered == Set(StaffRoute.allCases.map(\.rawValue)))
            }
        }

        @Test func everyClientPageIsRegisteredAndNothingElse() async throws {
            try await withStipple(TestStores.sqliteFile) { app, _ in
                let registered = Set(app.routes.all.map(AuditedRoutes.key).filter { $0.contains(" /j/") || $0.contains(" /s/") })
                #expect(registered == Set(ClientRoute.allCases.map(\.rawValue)))
            }
        }

        @Test func addressesFillTheirParametersInOrder() {
            let id = UUID(uuidString: "6F1C2D3E-4A5B-4C6D-8E9F-0A1B2C3D4E5F")!
            #expect(StaffRoute.client.path(id) == "/staff/clients/6F1C2D3E-4A5B-4C6D-8E9F-0A1B2C3D4E5F")
            #expect(StaffRoute.cancelFollowUp.path(id) == "/staff/journeys/\(id)/follow-up/cancel")
            #expect(StaffRoute.auditExport.path() == "/staff/audit.csv")
            #expect(StaffRoute.home.path() == "/staff")
            // Without its value, an address ends before the parameter.
            #expect(StaffRoute.photo.path() == "/staff/photos")
            #expect(StaffRoute.acknowledgeAlert.method == .POST)
            #expect(ClientRoute.today.path("t0k3n") == "/j/t0k3n")
            #expect(ClientRoute.checkInResult.path("t0k3n", id) == "/j/t0k3n/check-ins/\(id)")
            #expect(ClientRoute.photo.path("t0k3n") == "/j/t0k3n/photos")
        }
    }
}
