import FluentKit
import Foundation
import SQLKit
import StippleCore

// Every read goes through SQLKit into plain records, each read from its row in one place
// (`Records/`): hydrating Fluent models walks each model's properties by reflection, which measured
// at about 1 ms per query here, against 0.1 ms for the same query through SQLKit (see
// docs/PERFORMANCE.md).

extension Store {
    var sql: any SQLDatabase { db as! any SQLDatabase }
    var sqlWriter: any SQLDatabase { writer as! any SQLDatabase }

    public func isEmpty() async throws -> Bool {
        try await sql.select().column("id").from(Clinic.table).limit(1).first() == nil
    }

    public func clinic(named name: String) async throws -> Clinic? {
        try await Clinic.select(on: sql).where("name", .equal, name).first().map { try Clinic(row: $0) }
    }

    public func staff(clinic: UUID?, technicianOnly: Bool = false, limit: Int? = nil, offset: Int = 0) async throws -> [StaffMember] {
        var q = StaffMember.select(on: sql)
        if let clinic { q = q.where("clinic_id", .equal, clinic) }
        if technicianOnly {
            q = q.where("role", .in, [StaffRole.technician.rawValue, StaffRole.leadTechnician.rawValue])
        }
        q = q.orderBy("name").orderBy("id")
        if let limit { q = q.limit(limit).offset(offset) }
        return try await q.all().map { try StaffMember(row: $0) }
    }

    public func staffMember(_ id: UUID) async throws -> StaffMember? {
        try await StaffMember.select(on: sql).where("id", .equal, id).first().map { try StaffMember(row: $0) }
    }

    public func journey(session: UUID) async throws -> JourneyRecord? {
        try await JourneyRecord.select(on: sql).where("session_id", .equal, session).first().map { try JourneyRecord(row: $0) }
    }

    /// The client's journeys, or every journey when `client` is nil.
    public func journeys(client: UUID?) async throws -> [JourneyRecord] {
        var q = JourneyRecord.select(on: sql)
        if let client { q = q.where("client_id", .equal, client) }
        return try await q.orderBy("session_date").all().map { try JourneyRecord(row: $0) }
    }

    public func clients(clinic: UUID?, limit: Int, offset: Int) async throws -> [ClientSummary] {
        try await searchClients(nil, clinic: clinic, limit: limit, offset: offset)
    }

    /// Clients with exactly this name (the demo's links; staff search comes with the workspace).
    public func clients(named name: String) async throws -> [ClientSummary] {
        try await ClientSummary.select(on: sql).where("full_name", .equal, name).orderBy("id").all()
            .map { try ClientSummary(row: $0) }
    }

    public func clinics(limit: Int? = nil, offset: Int = 0) async throws -> [Clinic] {
        var q = Clinic.select(on: sql).orderBy("name").orderBy("id")
        if let limit { q = q.limit(limit).offset(offset) }
        return try await q.all().map { try Clinic(row: $0) }
    }

    public func clinic(_ id: UUID) async throws -> Clinic? {
        try await Clinic.select(on: sql).where("id", .equal, id).first().map { try Clinic(row: $0) }
    }

    public func client(_ id: UUID) async throws -> ClientRecord? {
        try await ClientRecord.select(on: sql).where("id", .equal, id).first().map { try ClientRecord(row: $0) }
    }

    public func session(_ id: UUID) async throws -> TreatmentSession? {
        try await TreatmentSession.select(on: sql).where("id", .equal, id).first().map { try TreatmentSession(row: $0) }
    }

    /// The sessions of the client a journey belongs to, found through the journey, so this read
    /// can run beside the journey's own.
    public func sessions(journey: UUID) async throws -> [TreatmentSession] {
        try await TreatmentSession.select(on: sql)
            .where(SQLIdentifier("client_id"), .in, SQLGroupExpression(
                sql.select().column("client_id").from(JourneyRecord.table).where("id", .equal, journey).query))
            .orderBy("started_at").all().map { try TreatmentSession(row: $0) }
    }

    public func sessions(client: UUID) async throws -> [TreatmentSession] {
        try await TreatmentSession.select(on: sql).where("client_id", .equal, client).orderBy("started_at").all()
            .map { try TreatmentSession(row: $0) }
    }

    public func journey(_ id: UUID) async throws -> JourneyRecord? {
        try await JourneyRecord.select(on: sql).where("id", .equal, id).first().map { try JourneyRecord(row: $0) }
    }

    public func checkIns(journey: UUID) async throws -> [StoredCheckIn] {
        try await StoredCheckIn.select(on: sql).where("journey_id", .equal, journey)
            .orderBy("day").orderBy("recorded_at").all().map { try StoredCheckIn(row: $0) }
    }

    /// The latest check-in on or before `day`: all triage needs to compare a new one with.
    public func latestCheckIn(journey: UUID, onOrBefore day: Int) async throws -> StoredCheckIn? {
        try await StoredCheckIn.select(on: sql)
            .where("journey_id", .equal, journey).where("day", .lessThanOrEqual, day)
            .orderBy("day", .descending).orderBy("recorded_at", .descending).limit(1)
            .first().map { try StoredCheckIn(row: $0) }
    }

    /// How many check-ins of `journey` were recorded after `since`, and the earliest of
    /// them: what a limit on check-ins per hour needs, on every instance alike.
    public func checkInsRecorded(journey: UUID, since: Date) async throws -> (count: Int, earliest: Date?) {
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n, MIN(created_at) AS earliest FROM check_ins
            WHERE journey_id = \(bind: journey) AND created_at > \(bind: since)
            """).first()
        guard let row else { return (0, nil) }
        return (try row.decode(column: "n", as: Int.self), try row.decode(column: "earliest", as: Date?.self))
    }
}
