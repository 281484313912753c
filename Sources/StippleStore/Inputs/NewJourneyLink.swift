import Foundation

/// A client's private link to store: the token's hash, the token sealed for reminders, its expiry.
public struct NewJourneyLink: Sendable {
    public var tokenHash: String
    public var sealedToken: String?
    public var expiresAt: Date

    public init(tokenHash: String, sealedToken: String?, expiresAt: Date) {
        self.tokenHash = tokenHash; self.sealedToken = sealedToken; self.expiresAt = expiresAt
    }
}
