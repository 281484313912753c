import Foundation

/// An API token as staff and admins see it: never its secret or its hash.
public struct APITokenRecord: Sendable, Equatable {
    public var id: UUID
    public var staffID: UUID
    public var staffName: String
    public var name: String?
    public var createdAt: Date?
    public var lastUsedAt: Date?
    public var expiresAt: Date?
    public var revokedAt: Date?

    /// Works now: not revoked, not expired, its holder not deactivated (`holderActive`).
    public func works(at now: Date, holderActive: Bool = true) -> Bool {
        holderActive && revokedAt == nil && (expiresAt.map { $0 > now } ?? true)
    }
}
