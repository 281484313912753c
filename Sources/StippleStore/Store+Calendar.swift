import FluentKit
import Foundation
import SQLKit

/// A booked (or cancelled) session on a calendar.
public struct CalendarEntry: Sendable, Equatable {
    public var id: UUID
    public var journeyID: UUID
    public var clientID: UUID
    public var clientName: String
    public var clinicID: UUID
    public var clinicName: String
    public var timeZone: String
    public var technicianID: UUID
    public var technicianName: String
    public var sessionNumber: Int
    public var startsAt: Date
    public var cancelled: Bool
    public var bookedAt: Date
}

extension Store {
    /// Follow-ups starting in `[from, until)`, earliest first, of the clinics (nil: all) and,
    /// when given, one technician. Cancelled ones only when asked (a calendar feed needs them
    /// so subscribed calendars drop the event).
    public func calendar(clinics: [UUID]?, technician: UUID?, from: Date, until: Date, includeCancelled: Bool = false,
                         limit: Int = 2000) async throws -> [CalendarEntry] {
        var conditions: [SQLQueryString] = ["f.starts_at >= \(bind: from)", "f.starts_at < \(bind: until)"]
        if let clinics { conditions.append("f.clinic_id IN (\(binds: clinics))") }
        if let technician { conditions.append("f.technician_id = \(bind: technician)") }
        if !includeCancelled { conditions.append("f.status = 'booked'") }
        return try await sql.raw("""
            SELECT f.id, f.journey_id, f.client_id, k.full_name, f.clinic_id, c.name AS clinic_name, c.time_zone,
                   f.technician_id, s.name AS technician_name, f.session_number, f.starts_at, f.status, f.created_at
            FROM follow_ups f JOIN clients k ON k.id = f.client_id JOIN clinics c ON c.id = f.clinic_id
            JOIN staff s ON s.id = f.technician_id
            WHERE \(conditions.joined(separator: " AND "))
            ORDER BY f.starts_at, k.full_name LIMIT \(bind: limit)
            """).all().map { row in
            CalendarEntry(
                id: try row.decode(column: "id", as: UUID.self),
                journeyID: try row.decode(column: "journey_id", as: UUID.self),
                clientID: try row.decode(column: "client_id", as: UUID.self),
                clientName: try row.decode(column: "full_name", as: String.self),
                clinicID: try row.decode(column: "clinic_id", as: UUID.self),
                clinicName: try row.decode(column: "clinic_name", as: String.self),
                timeZone: try row.decode(column: "time_zone", as: String.self),
                technicianID: try row.decode(column: "technician_id", as: UUID.self),
                technicianName: try row.decode(column: "technician_name", as: String.self),
                sessionNumber: try row.decode(column: "session_number", as: Int.self),
                startsAt: try row.decode(column: "starts_at", as: Date.self),
                cancelled: try row.decode(column: "status", as: String.self) != FollowUp.Status.booked.rawValue,
                bookedAt: try row.decode(column: "created_at", as: Date.self))
        }
    }

    /// A new private calendar feed for the staff member; the old address stops working.
    public func setCalendarFeed(staff: UUID, tokenHash: String) async throws {
        try await sqlWriter.raw("UPDATE staff SET calendar_feed_hash = \(bind: tokenHash) WHERE id = \(bind: staff)").run()
    }

    public func staffMember(calendarFeedHash hash: String) async throws -> StaffMember? {
        try await sql.raw("""
            SELECT id, clinic_id, name, role, licence_number FROM staff
            WHERE calendar_feed_hash = \(bind: hash) AND deactivated_at IS NULL
            """).first().map { try StaffMember(row: $0) }
    }
}

/// A session charted on a day, for the day page.
public struct ChartedSession: Sendable, Equatable {
    public var id: UUID, clientID: UUID, clientName: String, technicianID: UUID, sessionNumber: Int, startedAt: Date
}

extension Store {
    /// Sessions charted at the clinic with a start in `[from, until)`, earliest first.
    public func chartedSessions(clinic: UUID, from: Date, until: Date) async throws -> [ChartedSession] {
        try await sql.raw("""
            SELECT s.id, s.client_id, k.full_name, s.technician_id, s.session_number, s.started_at
            FROM treatment_sessions s JOIN clients k ON k.id = s.client_id
            WHERE s.clinic_id = \(bind: clinic) AND s.started_at >= \(bind: from) AND s.started_at < \(bind: until)
            ORDER BY s.started_at
            """).all().map { row in
            let r = StoredRow(row: row, table: TreatmentSession.table)
            return ChartedSession(id: try r.value("id"), clientID: try r.value("client_id"), clientName: try r.value("full_name"),
                                  technicianID: try r.value("technician_id"), sessionNumber: try r.value("session_number"),
                                  startedAt: try r.value("started_at"))
        }
    }
}
