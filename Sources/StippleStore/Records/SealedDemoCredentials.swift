import Foundation

/// The sealed credentials of a demo or load-test chain (see `CreateDemoCredentials`).
public struct SealedDemoCredentials: Sendable, Equatable {
    public var adminToken: String
    public var password: String

    public init(adminToken: String, password: String) {
        self.adminToken = adminToken
        self.password = password
    }
}
