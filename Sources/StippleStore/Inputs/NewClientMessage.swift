import Foundation
import StippleCore

/// A message to a client, composed in their language, its link sealed.
public struct NewClientMessage: Sendable {
    public var clientID: UUID
    public var clinicID: UUID
    public var kind: ClientMessageKind
    public var language: Language
    public var channel: ContactChannel
    public var subject: String
    public var text: String
    public var sealedToken: String?
    /// When to send it; nil sends it now.
    public var dueAt: Date?

    public init(clientID: UUID, clinicID: UUID, kind: ClientMessageKind, language: Language, channel: ContactChannel,
                subject: String, text: String, sealedToken: String?, dueAt: Date? = nil) {
        self.clientID = clientID; self.clinicID = clinicID; self.kind = kind; self.language = language
        self.channel = channel; self.subject = subject; self.text = text; self.sealedToken = sealedToken
        self.dueAt = dueAt
    }
}
