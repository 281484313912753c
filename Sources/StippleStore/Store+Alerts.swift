import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    func insertAlert(_ alert: NewAlert, checkIn: UUID, journey: UUID, at: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: AlertRecord.table)
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
            \(unsafeRaw: AlertRecord.select)
            WHERE a.status IN (\(binds: names))\(clinicFilter)
            ORDER BY \(unsafeRaw: statuses == [.resolved] ? "a.resolved_at DESC, a.id" : "a.severity DESC, a.opened_at ASC, a.id")
            LIMIT \(bind: limit) OFFSET \(bind: offset)
            """).all().map(AlertRecord.init(row:))
    }

    public func alert(_ id: UUID) async throws -> AlertRecord? {
        try await sql.raw("\(unsafeRaw: AlertRecord.select) WHERE a.id = \(bind: id)").first().map(AlertRecord.init(row:))
    }

    /// The most severe alert of a journey that no person has resolved.
    public func unresolvedAlertTier(journey: UUID) async throws -> TriageTier? {
        guard let row = try await sql.raw("""
            SELECT tier FROM alerts WHERE journey_id = \(bind: journey) AND status <> 'resolved'
            ORDER BY severity DESC LIMIT 1
            """).first()
        else { return nil }
        return try storedValue(try row.decode(column: "tier", as: String.self), AlertRecord.table, "tier") as TriageTier
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
