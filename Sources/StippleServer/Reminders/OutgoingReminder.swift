import Foundation

/// A message ready to go, a journey's reminder or a one-off message to a client: composed in
/// the client's language, addressed, with a key the transport uses to recognise a message it
/// has already delivered.
public struct OutgoingReminder: Sendable, Codable, Equatable {
    /// The reminder's or message's id: the same on every attempt.
    public var idempotencyKey: String
    /// The journey a reminder belongs to; nil for a one-off message.
    public var journeyID: UUID?
    public var kind: String
    /// The healing day a reminder is for; 0 for a one-off message.
    public var day: Int
    public var language: String
    public var clinic: String
    public var clientName: String
    public var email: String?
    public var phone: String?
    public var text: String
    public var link: String?
    /// An email's subject; a reminder's is its healing day.
    public var subject: String? = nil
    /// A calendar file (iCalendar text) to attach: a booking's, by email.
    public var calendar: String? = nil
}
