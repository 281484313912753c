import FluentKit
import Foundation
import SQLKit

/// One line of the audit log: who did what to which health data, when, and from where.
public struct AuditEvent: Sendable, Equatable, Codable {
    public enum ActorKind: String, Sendable, Codable { case staff, client, system }

    public enum Action: String, Sendable, Codable, CaseIterable {
        case read, create, update, delete, export
        case login, logout
        case loginFailed = "login-failed"
    }

    public enum Subject: String, Sendable, Codable, CaseIterable {
        case client, screening, session, journey, checkIn = "check-in", photo, alert, followUp = "follow-up"
        case dashboard, calendar, auditLog = "audit-log", staff, link, consent
    }

    public var id: UUID
    public var at: Date
    public var actorKind: ActorKind
    public var staffID: UUID?
    /// The staff member's name at the time, or "client link", or the system's part.
    public var actorName: String
    public var action: Action
    public var subject: Subject
    public var subjectID: UUID?
    public var clientID: UUID?
    public var clinicID: UUID?
    /// A few words more (which filter, how many rows); never health data itself.
    public var detail: String?
    public var remoteAddress: String?

    public init(id: UUID = UUID(), at: Date, actorKind: ActorKind, staffID: UUID?, actorName: String, action: Action,
                subject: Subject, subjectID: UUID? = nil, clientID: UUID? = nil, clinicID: UUID? = nil,
                detail: String? = nil, remoteAddress: String? = nil) {
        self.id = id; self.at = at; self.actorKind = actorKind; self.staffID = staffID; self.actorName = actorName
        self.action = action; self.subject = subject; self.subjectID = subjectID; self.clientID = clientID
        self.clinicID = clinicID; self.detail = detail; self.remoteAddress = remoteAddress
    }
}

/// Which audit events to list.
public struct AuditFilter: Sendable {
    public var staffID: UUID?, clientID: UUID?, clinicID: UUID?
    public var subject: AuditEvent.Subject?, action: AuditEvent.Action?
    public var from: Date?, until: Date?

    public init(staffID: UUID? = nil, clientID: UUID? = nil, clinicID: UUID? = nil, subject: AuditEvent.Subject? = nil,
                action: AuditEvent.Action? = nil, from: Date? = nil, until: Date? = nil) {
        self.staffID = staffID; self.clientID = clientID; self.clinicID = clinicID; self.subject = subject
        self.action = action; self.from = from; self.until = until
    }
}

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
