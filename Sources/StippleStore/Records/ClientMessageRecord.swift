import Foundation
import StippleCore

/// A message to a client as the outbox holds it, for the client's record: what, when, and
/// what became of it (never its link).
public struct ClientMessageRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var kind: ClientMessageKind
    public var channel: ContactChannel
    public var status: String
    public var createdAt: Date
    public var sentAt: Date?
    public var lastError: String?
}
