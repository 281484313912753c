import FluentKit
import Foundation
import SQLKit
import StippleCore

/// An alert as staff see it in their inbox.
public struct AlertRecord: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable { case open, acknowledged, resolved }

    public var id: UUID
    public var checkInID: UUID
    public var journeyID: UUID
    public var clinicID: UUID
    public var clientID: UUID
    public var clientName: String
    /// The technician of the session the journey follows: theirs to act on, with the clinic's lead.
    public var technicianID: UUID?
    public var day: Int
    public var tier: TriageTier
    /// For a red alert: whether the client was told to call the emergency number or to get
    /// urgent care today. Nil below red, and for red alerts opened before routes were kept.
    public var route: TriageRoute?
    public var status: Status
    public var openedAt: Date
    public var dueBy: Date?
    public var acknowledgedBy: UUID?
    public var acknowledgedAt: Date?
    public var resolvedBy: UUID?
    public var resolvedAt: Date?
    public var action: AlertAction?
    public var note: String?
}

/// The alert a new check-in opens.
public struct NewAlert: Sendable {
    public var clinicID: UUID, tier: TriageTier, route: TriageRoute?, dueBy: Date?

    public init(clinicID: UUID, tier: TriageTier, route: TriageRoute? = nil, dueBy: Date?) {
        self.clinicID = clinicID; self.tier = tier; self.route = route; self.dueBy = dueBy
    }
}

enum AlertRows {
    static let table = "alerts"

    static func record(_ row: any SQLRow) throws -> AlertRecord {
        AlertRecord(
            id: try row.decode(column: "id", as: UUID.self),
            checkInID: try row.decode(column: "check_in_id", as: UUID.self),
            journeyID: try row.decode(column: "journey_id", as: UUID.self),
            clinicID: try row.decode(column: "clinic_id", as: UUID.self),
            clientID: try row.decode(column: "client_id", as: UUID.self),
            clientName: try row.decode(column: "full_name", as: String.self),
            technicianID: try row.decode(column: "technician_id", as: UUID?.self),
            day: try row.decode(column: "day", as: Int.self),
            tier: try storedValue(try row.decode(column: "tier", as: String.self), table, "tier"),
            route: try storedValue(try row.decode(column: "route", as: String?.self), table, "route"),
            status: try storedValue(try row.decode(column: "status", as: String.self), table, "status"),
            openedAt: try row.decode(column: "opened_at", as: Date.self),
            dueBy: try row.decode(column: "due_by", as: Date?.self),
            acknowledgedBy: try row.decode(column: "acknowledged_by", as: UUID?.self),
            acknowledgedAt: try row.decode(column: "acknowledged_at", as: Date?.self),
            resolvedBy: try row.decode(column: "resolved_by", as: UUID?.self),
            resolvedAt: try row.decode(column: "resolved_at", as: Date?.self),
            action: try storedValue(try row.decode(column: "action", as: String?.self), table, "action"),
            note: try row.decode(column: "note", as: String?.self))
    }

    static let select = """
        SELECT a.id, a.check_in_id, a.journey_id, a.clinic_id, a.tier, a.route, a.status, a.opened_at, a.due_by,
               a.acknowledged_by, a.acknowledged_at, a.resolved_by, a.resolved_at, a.action, a.note,
               j.client_id, j.technician_id, k.full_name, ci.day
        FROM alerts a JOIN check_ins ci ON ci.id = a.check_in_id JOIN journeys j ON j.id = a.journey_id
        JOIN clients k ON k.id = j.client_id
        """
}

/// The alert cannot change that way any more (it is resolved).
public struct AlertAlreadyResolved: Error {}

extension Store {
    func insertAlert(_ alert: NewAlert, checkIn: UUID, journey: UUID, at: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: AlertRows.table)
            .columns("id", "check_in_id", "journey_id", "clinic_id", "tier", "route", "severity", "status", "opened_at", "due_by")
            .values(SQLBind(UUID()), SQLBind(checkIn), SQLBind(journey), SQLBind(alert.clinicID), SQLBind(alert.tier.rawValue),
                    SQLBind(alert.route?.rawValue),
                    SQLBind(alert.tier.severity), SQLBind(AlertRecord.Status.open.rawValue), SQLBind(at),
                    SQLBind(alert.dueBy))
            .run()
    }

    /// Alerts of the given statuses: those still to act on most severe and oldest first; when
    /// only resolved ones are asked for, the most recently resolved first.
    public func alerts(clinic: UUID?, statuses: [AlertRecord.Status], technician: UUID? = nil, client: UUID? = nil,
                       limit: Int = 200, offset: Int = 0) async throws -> [AlertRecord] {
        var clinicFilter: SQLQueryString = ""
        if let clinic { clinicFilter = " AND a.clinic_id = \(bind: clinic)" }
        if let technician { clinicFilter = clinicFilter + " AND j.technician_id = \(bind: technician)" }
        if let client { clinicFilter = clinicFilter + " AND j.client_id = \(bind: client)" }
        let names = statuses.map(\.rawValue)
        return try await sql.raw("""
            \(unsafeRaw: AlertRows.select)
            WHERE a.status IN (\(binds: names))\(clinicFilter)
            ORDER BY \(unsafeRaw: statuses == [.resolved] ? "a.resolved_at DESC, a.id" : "a.severity DESC, a.opened_at ASC, a.id")
            LIMIT \(bind: limit) OFFSET \(bind: offset)
            """).all().map(AlertRows.record)
    }

    public func alert(_ id: UUID) async throws -> AlertRecord? {
        try await sql.raw("\(unsafeRaw: AlertRows.select) WHERE a.id = \(bind: id)").first().map(AlertRows.record)
    }

    /// The most severe alert of a journey that no person has resolved.
    public func unresolvedAlertTier(journey: UUID) async throws -> TriageTier? {
        guard let row = try await sql.raw("""
            SELECT tier FROM alerts WHERE journey_id = \(bind: journey) AND status <> 'resolved'
            ORDER BY severity DESC LIMIT 1
            """).first()
        else { return nil }
        return try storedValue(try row.decode(column: "tier", as: String.self), AlertRows.table, "tier") as TriageTier
    }

    public func acknowledgeAlert(_ id: UUID, by staff: UUID, at: Date) async throws {
        try await changeAlert(id) { sql in
            try await sql.raw("""
                UPDATE alerts SET status = 'acknowledged', acknowledged_by = \(bind: staff), acknowledged_at = \(bind: at)
                WHERE id = \(bind: id) AND status = 'open'
                """).run()
        }
    }

    /// Resolves the alert once: the update applies only to an alert not yet resolved, so of two
    /// people resolving it at the same moment the second gets `AlertAlreadyResolved` and the
    /// first resolution stands (PostgreSQL re-checks the condition after the first commits).
    public func resolveAlert(_ id: UUID, by staff: UUID, at: Date, action: AlertAction, note: String?) async throws {
        try await changeAlert(id) { sql in
            // Resolving an alert nobody acknowledged acknowledges it too.
            let changed = try await sql.raw("""
                UPDATE alerts SET status = 'resolved', resolved_by = \(bind: staff), resolved_at = \(bind: at),
                       action = \(bind: action.rawValue), note = \(bind: note),
                       acknowledged_by = COALESCE(acknowledged_by, \(bind: staff)),
                       acknowledged_at = COALESCE(acknowledged_at, \(bind: at))
                WHERE id = \(bind: id) AND status <> 'resolved'
                RETURNING id
                """).all()
            if changed.isEmpty { throw AlertAlreadyResolved() }
        }
    }

    private func changeAlert(_ id: UUID, _ change: @escaping @Sendable (any SQLDatabase) async throws -> Void) async throws {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            guard let row = try await sql.raw("SELECT status FROM alerts WHERE id = \(bind: id)").first() else { return }
            guard try row.decode(column: "status", as: String.self) != AlertRecord.Status.resolved.rawValue else {
                throw AlertAlreadyResolved()
            }
            try await change(sql)
        }
    }
}
