import Foundation
import StippleCore

/// A completed screening, as answered: never edited; a new screening is a new record.
public struct ScreeningRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var clientID: UUID
    /// The questionnaire's version (`ScreeningQuestionnaire.version`); "0" for screenings entered
    /// before it was versioned.
    public var version: String
    public var language: Language
    public var response: ScreeningResponse
    /// The name the client typed to confirm; nil when staff entered the answers.
    public var confirmedName: String?
    public var channel: ScreeningChannel
    public var completedAt: Date
    /// The staff member who entered or witnessed it; nil on the client's own link.
    public var recordedBy: UUID?
}

extension ScreeningRecord: StoredRecord {
    static let table = "screenings"

    /// The columns a screening is read from, in `screenings`. The address and user agent it was
    /// sent from are kept as evidence and not read back.
    static let columns = ["id", "client_id", "version", "language"] + ScreeningResponse.storedColumns
        + ["confirmed_name", "channel", "completed_at", "recorded_by"]

    init(_ r: StoredRow) throws {
        self.init(
            id: try r.value("id"), clientID: try r.value("client_id"), version: try r.value("version"),
            language: try r.code("language"),
            response: try ScreeningResponse(stored: r),
            confirmedName: try r.value("confirmed_name"), channel: try r.code("channel"),
            completedAt: try r.value("completed_at"), recordedBy: try r.value("recorded_by"))
    }
}
