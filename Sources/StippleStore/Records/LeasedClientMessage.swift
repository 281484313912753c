import Foundation
import StippleCore

/// A client message a worker holds, with the address as it stands when it is sent.
public struct LeasedClientMessage: Sendable {
    public var id: UUID
    public var clientID: UUID
    public var kind: ClientMessageKind
    public var attempts: Int
    public var language: Language
    public var channel: ContactChannel
    public var subject: String
    public var text: String
    public var sealedToken: String?
    public var clinicName: String
    public var timeZone: String
    public var reminders: ReminderSettings
    public var clientName: String
    public var email: String?
    public var phone: String?
}
