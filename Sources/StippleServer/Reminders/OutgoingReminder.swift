import Foundation

/// A reminder ready to go: composed in the clinic's language, addressed, with a key the
/// transport uses to recognise a reminder it has already delivered.
public struct OutgoingReminder: Sendable, Codable, Equatable {
    /// The reminder's id: the same on every attempt.
    public var idempotencyKey: String
    public var journeyID: UUID
    public var kind: String
    public var day: Int
    public var language: String
    public var clinic: String
    public var clientName: String
    public var email: String?
    public var phone: String?
    public var text: String
    public var link: String?
}
