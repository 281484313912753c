import Foundation
import StippleCore

/// The healing journey a session starts. Its timeline, estimate and advice are computed by the
/// engine from this, the client, the session and the check-ins.
public struct JourneyRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var sessionID: UUID
    public var clientID: UUID
    public var clinicID: UUID
    /// Day 0, on the clinic's wall calendar.
    public var sessionDate: LocalDate
    public var timeZone: String
    public var protocolVersion: String
}

extension JourneyRecord: StoredRecord {
    static let table = "journeys"

    /// The columns a journey is read from, in `journeys` (the dashboard's columns are the
    /// dashboard's own read).
    static let columns = ["id", "session_id", "client_id", "clinic_id", "session_date", "time_zone", "protocol_version"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), sessionID: try r.value("session_id"), clientID: try r.value("client_id"),
                  clinicID: try r.value("clinic_id"), sessionDate: try r.day("session_date"),
                  timeZone: try r.value("time_zone"), protocolVersion: try r.value("protocol_version"))
    }
}
