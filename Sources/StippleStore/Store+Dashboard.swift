import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Clients healing now, with the page's rows and how many there are in all.
    public func dashboard(_ q: DashboardQuery) async throws -> (rows: [DashboardRow], total: Int) {
        var conditions: [SQLQueryString] = ["j.superseded = \(bind: false)", "j.session_date >= \(bind: q.since.iso)"]
        if let clinics = q.clinicIDs { conditions.append("j.clinic_id IN (\(binds: clinics))") }
        if let t = q.technicianID { conditions.append("j.technician_id = \(bind: t)") }
        if let tier = q.tier { conditions.append("j.last_severity = \(bind: tier.severity)") }
        if q.noCheckIn { conditions.append("j.last_check_in_at IS NULL") }
        let whereClause: SQLQueryString = "WHERE " + conditions.joined(separator: " AND ")
        // The page is picked from the journeys alone, which carry the client's name for this,
        // in the order of one of their indexes (AddHealingStatusToJourneys), so the store reads
        // fifty index entries instead of sorting every client healing; only those fifty are then
        // read in full and joined to their technicians. A journey without a check-in has
        // last_severity -1 and sorts below green.
        let order: String
        switch q.sort {
        case .day: order = "j.session_date DESC, j.id DESC"
        case .name: order = "j.client_name ASC, j.session_date ASC, j.id ASC"
        case .tier: order = "j.last_severity DESC, j.session_date DESC, j.id DESC"
        // Never checked in first, then the oldest latest check-in (sorted, not indexed).
        case .lastCheckIn: order = "CASE WHEN j.last_check_in_at IS NULL THEN 0 ELSE 1 END, j.last_check_in_at ASC, j.id ASC"
        }
        let countRow = try await sql.raw("SELECT COUNT(*) AS n FROM journeys j \(whereClause)").first()
        let total = try countRow?.decode(column: "n", as: Int.self) ?? 0
        let rows = try await sql.raw("""
            SELECT j.id, j.client_id, j.client_name AS full_name, j.clinic_id, j.technician_id, s.name AS technician_name,
                   j.session_date, j.time_zone, j.last_check_in_at, j.last_check_in_day, j.last_tier,
                   ts.session_number, tp.sessions AS plan_sessions, tp.touch_up AS plan_touch_up
            FROM (SELECT j.id FROM journeys j \(whereClause)
                  ORDER BY \(unsafeRaw: order) LIMIT \(bind: q.limit) OFFSET \(bind: q.offset)) page
            JOIN journeys j ON j.id = page.id
            JOIN treatment_sessions ts ON ts.id = j.session_id
            LEFT JOIN staff s ON s.id = j.technician_id
            LEFT JOIN treatment_plans tp ON tp.client_id = j.client_id
            ORDER BY \(unsafeRaw: order)
            """).all()
        var page = try rows.map { row in
            let planSessions = try row.decode(column: "plan_sessions", as: Int?.self)
            return DashboardRow(
                journeyID: try row.decode(column: "id", as: UUID.self),
                clientID: try row.decode(column: "client_id", as: UUID.self),
                clientName: try row.decode(column: "full_name", as: String.self),
                clinicID: try row.decode(column: "clinic_id", as: UUID.self),
                technicianID: try row.decode(column: "technician_id", as: UUID?.self),
                technicianName: try row.decode(column: "technician_name", as: String?.self),
                sessionDate: try storedDate(try row.decode(column: "session_date", as: String.self), "journeys", "session_date"),
                timeZone: try row.decode(column: "time_zone", as: String.self),
                lastCheckInAt: try row.decode(column: "last_check_in_at", as: Date?.self),
                lastCheckInDay: try row.decode(column: "last_check_in_day", as: Int?.self),
                lastTier: try storedValue(try row.decode(column: "last_tier", as: String?.self), "journeys", "last_tier"),
                nextSessionAt: nil,
                sessionNumber: try row.decode(column: "session_number", as: Int.self),
                plan: try planSessions.map { TreatmentPlan(sessions: $0, touchUp: try row.decode(column: "plan_touch_up", as: Bool.self)) })
        }
        // The next session of the page's rows only: as a column it would be looked up for every
        // healing client before the sort.
        if !page.isEmpty {
            var next: [UUID: Date] = [:]
            for row in try await sql.raw("""
                SELECT journey_id, MIN(starts_at) AS starts_at FROM follow_ups
                WHERE journey_id IN (\(binds: page.map(\.journeyID))) AND status = 'booked' GROUP BY journey_id
                """).all() {
                next[try row.decode(column: "journey_id", as: UUID.self)] = try row.decode(column: "starts_at", as: Date.self)
            }
            for i in page.indices { page[i].nextSessionAt = next[page[i].journeyID] }
        }
        return (page, total)
    }

    /// Each journey's symptom scores in the order they were recorded, for sparklines.
    public func scores(journeys: [UUID]) async throws -> [UUID: [Int]] {
        guard !journeys.isEmpty else { return [:] }
        var out: [UUID: [Int]] = [:]
        for row in try await sql.raw("""
            SELECT journey_id, score FROM check_ins WHERE journey_id IN (\(binds: journeys)) ORDER BY journey_id, recorded_at
            """).all() {
            out[try row.decode(column: "journey_id", as: UUID.self), default: []].append(try row.decode(column: "score", as: Int.self))
        }
        return out
    }
}
