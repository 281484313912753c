import Foundation
import StippleCore

/// A booking's message a worker holds, addressed as the booking stands when it is sent.
public struct LeasedBookingMessage: Sendable {
    public var id: UUID
    public var bookingID: UUID
    public var kind: BookingMessageKind
    public var attempts: Int
    public var language: Language
    public var channel: ContactChannel
    public var subject: String
    public var text: String
    public var sealedToken: String?
    public var calendar: String?
    public var clinicName: String
    public var timeZone: String
    public var reminders: ReminderSettings
    public var name: String
    public var email: String?
    public var phone: String?
}
