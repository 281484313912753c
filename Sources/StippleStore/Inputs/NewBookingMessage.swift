import Foundation
import StippleCore

/// A message about a booking, composed in the booker's language: its manage link sealed, its
/// calendar file (iCalendar text) when it has one.
public struct NewBookingMessage: Sendable {
    public var kind: BookingMessageKind
    public var language: Language
    public var channel: ContactChannel
    public var subject: String
    public var text: String
    public var sealedToken: String?
    public var calendar: String?
    /// When to send it; nil sends it now.
    public var dueAt: Date?

    public init(kind: BookingMessageKind, language: Language, channel: ContactChannel, subject: String, text: String,
                sealedToken: String?, calendar: String? = nil, dueAt: Date? = nil) {
        self.kind = kind; self.language = language; self.channel = channel; self.subject = subject; self.text = text
        self.sealedToken = sealedToken; self.calendar = calendar; self.dueAt = dueAt
    }
}
