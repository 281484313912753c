import Foundation

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
