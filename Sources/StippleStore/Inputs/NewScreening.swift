import Foundation
import StippleCore

/// A completed screening questionnaire to keep, with where it came from.
public struct NewScreening: Sendable {
    public var clientID: UUID
    public var version: String
    public var language: Language
    public var response: ScreeningResponse
    public var confirmedName: String?
    public var channel: ScreeningChannel
    public var recordedBy: UUID?
    public var remoteAddress: String?
    public var userAgent: String?

    public init(clientID: UUID, version: String = ScreeningQuestionnaire.current.version, language: Language,
                response: ScreeningResponse, confirmedName: String?, channel: ScreeningChannel, recordedBy: UUID?,
                remoteAddress: String? = nil, userAgent: String? = nil) {
        self.clientID = clientID; self.version = version; self.language = language; self.response = response
        self.confirmedName = confirmedName; self.channel = channel; self.recordedBy = recordedBy
        self.remoteAddress = remoteAddress; self.userAgent = userAgent
    }
}
