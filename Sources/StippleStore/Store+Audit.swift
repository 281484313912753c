import FluentKit
import Foundation
import SQLKit

enum AuditRows {
    static let table = "audit_events"
    static let columns = ["id", "at", "actor_kind", "staff_id", "actor_name", "action", "subject", "subject_id",
                          "client_id", "clinic_id", "detail", "remote_address"]

    static func event(_ row: any SQLRow) throws -> AuditEvent {
        AuditEvent(
            id: try row.decode(column: "id", as: UUID.self),
            at: try row.decode(column: "at", as: Date.self),
            actorKind: try storedValue(try row.decode(column: "actor_kind", as: String.self), "audit_events", "actor_kind"),
            staffID: try row.decode(column: "staff_id", as: UUID?.self),
            actorName: try row.decode(column: "actor_name", as: String.self),
            action: try storedValue(try row.decode(column: "action", as: String.self), "audit_events", "action"),
            subject: try storedValue(try row.decode(column: "subject", as: String.self), "audit_events", "subject"),
            subjectID: try row.decode(column: "subject_id", as: UUID?.self),
            clientID: try row.decode(column: "client_id", as: UUID?.self),
            clinicID: try row.decode(column: "clinic_id", as: UUID?.self),
            detail: try row.decode(column: "detail", as: String?.self),
            remoteAddress: try row.decode(column: "remote_address", as: String?.self))
    }
}

extension Store {
    /// Appends events to the audit log. There is no way to change or remove them: the store has
    /// no such function, and the database refuses UPDATE and DELETE on the table.
    public func recordAudit(_ events: [AuditEvent]) async throws {
        guard !events.isEmpty else { return }
        var insert = sqlWriter.insert(into: AuditRows.table).columns(AuditRows.columns)
        for e in events {
            insert = insert.values(
                SQLBind(e.id), SQLBind(e.at), SQLBind(e.actorKind.rawValue), SQLBind(e.staffID), SQLBind(e.actorName),
                SQLBind(e.action.rawValue), SQLBind(e.subject.rawValue), SQLBind(e.subjectID), SQLBind(e.clientID),
                SQLBind(e.clinicID), SQLBind(e.detail), SQLBind(e.remoteAddress))
        }
        try await insert.run()
    }

    /// Events matching `filter`, newest first.
    public func auditEvents(_ filter: AuditFilter, limit: Int, offset: Int = 0) async throws -> [AuditEvent] {
        var q = sql.select().columns(AuditRows.columns.map { SQLColumn($0) }).from(AuditRows.table)
        if let v = filter.staffID { q = q.where("staff_id", .equal, v) }
        if let v = filter.clientID { q = q.where("client_id", .equal, v) }
        if let v = filter.clinicID { q = q.where("clinic_id", .equal, v) }
        if let v = filter.subject { q = q.where("subject", .equal, v.rawValue) }
        if let v = filter.action { q = q.where("action", .equal, v.rawValue) }
        if let v = filter.from { q = q.where("at", .greaterThanOrEqual, v) }
        if let v = filter.until { q = q.where("at", .lessThan, v) }
        return try await q.orderBy("at", .descending).orderBy("id", .descending).limit(limit).offset(offset)
            .all().map(AuditRows.event)
    }
}
