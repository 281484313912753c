import FluentKit
import Foundation
import SQLKit

enum DemoCredentialRows {
    static let table = "demo_credentials"
}

extension Store {
    public func saveDemoCredentials(_ sealed: SealedDemoCredentials, at: Date) async throws {
        try await sqlWriter.insert(into: DemoCredentialRows.table)
            .columns("id", "sealed_admin_token", "sealed_password", "created_at")
            .values(SQLBind(UUID()), SQLBind(sealed.adminToken), SQLBind(sealed.password), SQLBind(at))
            .run()
    }

    /// The chain's sealed credentials, the latest if several were saved; nil without a demo chain.
    public func demoCredentials() async throws -> SealedDemoCredentials? {
        guard let row = try await sql.raw("""
            SELECT sealed_admin_token, sealed_password FROM demo_credentials ORDER BY created_at DESC LIMIT 1
            """).first()
        else { return nil }
        return SealedDemoCredentials(adminToken: try row.decode(column: "sealed_admin_token", as: String.self),
                                     password: try row.decode(column: "sealed_password", as: String.self))
    }
}
