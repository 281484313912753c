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

extension AlertRecord {
    static let table = "alerts"

    /// An alert from a row of `select`, which joins its client's name and its check-in's day.
    init(row: any SQLRow) throws {
        self.init(
            id: try row.decode(column: "id", as: UUID.self),
            checkInID: try row.decode(column: "check_in_id", as: UUID.self),
            journeyID: try row.decode(column: "journey_id", as: UUID.self),
            clinicID: try row.decode(column: "clinic_id", as: UUID.self),
            clientID: try row.decode(column: "client_id", as: UUID.self),
            clientName: try row.decode(column: "full_name", as: String.self),
            technicianID: try row.decode(column: "technician_id", as: UUID?.self),
            day: try row.decode(column: "day", as: Int.self),
            tier: try storedValue(try row.decode(column: "tier", as: String.self), Self.table, "tier"),
            route: try storedValue(try row.decode(column: "route", as: String?.self), Self.table, "route"),
            status: try storedValue(try row.decode(column: "status", as: String.self), Self.table, "status"),
            openedAt: try row.decode(column: "opened_at", as: Date.self),
            dueBy: try row.decode(column: "due_by", as: Date?.self),
            acknowledgedBy: try row.decode(column: "acknowledged_by", as: UUID?.self),
            acknowledgedAt: try row.decode(column: "acknowledged_at", as: Date?.self),
            resolvedBy: try row.decode(column: "resolved_by", as: UUID?.self),
            resolvedAt: try row.decode(column: "resolved_at", as: Date?.self),
            action: try storedValue(try row.decode(column: "action", as: String?.self), Self.table, "action"),
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
