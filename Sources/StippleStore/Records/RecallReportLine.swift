import Foundation
import SQLKit
import StippleCore

/// A session treated with a recalled batch, with what the clinic needs to reach its client.
public struct RecallReportLine: Sendable, Equatable, Codable {
    public var sessionID: UUID
    public var sessionNumber: Int
    public var startedAt: Date
    public var clientID: UUID
    public var clientName: String
    public var dateOfBirth: LocalDate
    public var phone: String?
    public var email: String?
    public var technicianName: String
}

extension RecallReportLine {
    /// A row of `Store.recallReport`, which joins the session with its client and technician.
    init(row: any SQLRow) throws {
        let r = StoredRow(row: row, table: "treatment_sessions")
        self.init(sessionID: try r.value("session_id"), sessionNumber: try r.value("session_number"),
                  startedAt: try r.value("started_at"), clientID: try r.value("client_id"), clientName: try r.value("full_name"),
                  dateOfBirth: try r.day("date_of_birth"), phone: try r.value("phone"), email: try r.value("email"),
                  technicianName: try r.value("technician_name"))
    }
}
