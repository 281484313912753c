import Foundation
import StippleCore

/// A reminder a worker holds: everything needed to compose and address it.
public struct LeasedReminder: Sendable {
    public var id: UUID
    public var journeyID: UUID
    public var kind: ReminderKind
    public var day: Int
    public var attempts: Int
    public var sessionDate: LocalDate
    public var language: Language
    public var clinicName: String
    public var timeZone: String
    public var reminders: ReminderSettings
    public var clientName: String
    public var email: String?
    public var phone: String?
    /// The journey's working link, sealed; nil when it has none.
    public var sealedLinkToken: String?
    /// When the journey's booked follow-up starts, for its reminder.
    public var followUpStartsAt: Date?
    /// A check-in on or after the reminder's day exists (a missed check-in reminder is then moot).
    public var checkedIn: Bool
    /// The client's latest consent to healing messages is given, read in the same statement.
    public var messagesConsented: Bool
}
