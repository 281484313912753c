import Foundation

/// A journey's private link for the client, as stored: the token itself is never kept.
public struct JourneyLink: Sendable, Equatable {
    public var id: UUID
    public var journeyID: UUID
    public var createdAt: Date
    public var expiresAt: Date
    public var revokedAt: Date?
}
