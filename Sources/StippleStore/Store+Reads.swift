import FluentKit
import Foundation
import SQLKit
import StippleCore

// Every read goes through SQLKit into row structs: hydrating Fluent models walks each model's
// properties by reflection, which measured at about 1 ms per query here, against 0.1 ms for the
// same query through SQLKit (see docs/PERFORMANCE.md).

extension Store {
    var sql: any SQLDatabase { db as! any SQLDatabase }
    var sqlWriter: any SQLDatabase { writer as! any SQLDatabase }

    public func isEmpty() async throws -> Bool {
        try await sql.select().column("id").from(ClinicModel.schema).limit(1).first() == nil
    }

    public func clinic(named name: String) async throws -> Clinic? {
        try await sql.select().column("*").from(ClinicModel.schema).where("name", .equal, name)
            .first(decoding: ClinicRow.self)?.record
    }

    public func staff(clinic: UUID?, technicianOnly: Bool = false, limit: Int? = nil, offset: Int = 0) async throws -> [StaffMember] {
        var q = sql.select().column("id").column("clinic_id").column("name").column("role").column("licence_number")
            .from(StaffModel.schema)
        if let clinic { q = q.where("clinic_id", .equal, clinic) }
        if technicianOnly {
            q = q.where("role", .in, [StaffRole.technician.rawValue, StaffRole.leadTechnician.rawValue])
        }
        q = q.orderBy("name").orderBy("id")
        if let limit { q = q.limit(limit).offset(offset) }
        return try await q.all(decoding: StaffRow.self).map { try $0.record }
    }

    public func staffMember(_ id: UUID) async throws -> StaffMember? {
        try await sql.select().column("id").column("clinic_id").column("name").column("role").column("licence_number")
            .from(StaffModel.schema).where("id", .equal, id)
            .first(decoding: StaffRow.self)?.record
    }

    public func journey(session: UUID) async throws -> JourneyRecord? {
        try await sql.select().column("*").from(JourneyModel.schema).where("session_id", .equal, session)
            .first(decoding: JourneyRow.self)?.record
    }

    /// The client's journeys, or every journey when `client` is nil.
    public func journeys(client: UUID?) async throws -> [JourneyRecord] {
        var q = sql.select().column("*").from(JourneyModel.schema)
        if let client { q = q.where("client_id", .equal, client) }
        return try await q.orderBy("session_date").all(decoding: JourneyRow.self).map { try $0.record }
    }

    public func clients(clinic: UUID?, limit: Int, offset: Int) async throws -> [ClientSummary] {
        var q = sql.select()
            .column("id").column("clinic_id").column("full_name").column("date_of_birth").column("hair_loss_condition")
            .from(ClientModel.schema)
        if let clinic { q = q.where("clinic_id", .equal, clinic) }
        return try await q.orderBy("full_name").orderBy("id").limit(limit).offset(offset)
            .all(decoding: ClientSummaryRow.self)
            .map { try $0.summary }
    }

    /// Clients with exactly this name (the demo's links; staff search comes with the workspace).
    public func clients(named name: String) async throws -> [ClientSummary] {
        try await sql.select()
            .column("id").column("clinic_id").column("full_name").column("date_of_birth").column("hair_loss_condition")
            .from(ClientModel.schema).where("full_name", .equal, name).orderBy("id")
            .all(decoding: ClientSummaryRow.self)
            .map { try $0.summary }
    }

    public func clinics(limit: Int? = nil, offset: Int = 0) async throws -> [Clinic] {
        var q = sql.select().column("*").from(ClinicModel.schema).orderBy("name").orderBy("id")
        if let limit { q = q.limit(limit).offset(offset) }
        return try await q.all(decoding: ClinicRow.self).map { try $0.record }
    }

    public func clinic(_ id: UUID) async throws -> Clinic? {
        try await sql.select().column("*").from(ClinicModel.schema).where("id", .equal, id)
            .first(decoding: ClinicRow.self)?.record
    }

    public func client(_ id: UUID) async throws -> ClientRecord? {
        try await sql.select().column("*").from(ClientModel.schema).where("id", .equal, id)
            .first(decoding: ClientRow.self)?.record
    }

    public func session(_ id: UUID) async throws -> TreatmentSession? {
        try await sql.select().column("*").from(TreatmentSessionModel.schema).where("id", .equal, id)
            .first(decoding: SessionRow.self)?.record
    }

    /// The sessions of the client a journey belongs to, found through the journey, so this read
    /// can run beside the journey's own.
    public func sessions(journey: UUID) async throws -> [TreatmentSession] {
        if let rows = try await preparedPostgresRows(ClientSessionsByJourney(journey: journey)) {
            return try rows.map { try $0.sql().decode(model: SessionRow.self).record }
        }
        return try await sql.raw("""
            SELECT s.* FROM treatment_sessions s JOIN journeys j ON j.client_id = s.client_id
            WHERE j.id = \(bind: journey) ORDER BY s.started_at
            """).all(decoding: SessionRow.self).map { try $0.record }
    }

    public func sessions(client: UUID) async throws -> [TreatmentSession] {
        try await sql.select().column("*").from(TreatmentSessionModel.schema).where("client_id", .equal, client)
            .orderBy("started_at")
            .all(decoding: SessionRow.self).map { try $0.record }
    }

    public func journey(_ id: UUID) async throws -> JourneyRecord? {
        try await sql.select().column("*").from(JourneyModel.schema).where("id", .equal, id)
            .first(decoding: JourneyRow.self)?.record
    }

    public func checkIns(journey: UUID) async throws -> [StoredCheckIn] {
        try await sql.select().column("*").from(CheckInModel.schema).where("journey_id", .equal, journey)
            .orderBy("day").orderBy("recorded_at")
            .all().compactMap { try CheckInRow.record($0) }
    }

    /// The latest check-in on or before `day`: all triage needs to compare a new one with.
    public func latestCheckIn(journey: UUID, onOrBefore day: Int) async throws -> StoredCheckIn? {
        try await sql.select().column("*").from(CheckInModel.schema)
            .where("journey_id", .equal, journey).where("day", .lessThanOrEqual, day)
            .orderBy("day", .descending).orderBy("recorded_at", .descending).limit(1)
            .first().flatMap { try CheckInRow.record($0) }
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

struct StaffRow: Decodable {
    var id: UUID, clinicId: UUID?, name: String, role: String, licenceNumber: String?

    // Column names spelled out: a key-decoding strategy converts every key of every row.
    enum CodingKeys: String, CodingKey {
        case id
        case clinicId = "clinic_id"
        case name
        case role
        case licenceNumber = "licence_number"
    }

    var record: StaffMember {
        get throws {
            StaffMember(id: id, clinicID: clinicId, name: name, role: try storedValue(role, "staff", "role"),
                        licenceNumber: licenceNumber)
        }
    }
}

struct ClinicRow: Decodable {
    var id: UUID, name: String, address: String, country: String, timeZone: String, language: String
    var emergencyNumber: String, urgentCareAdvice: String, protocolVersion: String, phone: String?, email: String?
    var reminderHour: Int, missedCheckInHour: Int, quietFrom: Int, quietUntil: Int
    var redResponseMinutes: Int?, amberResponseHours: Int?, yellowResponseDays: Int?

    // Column names spelled out: a key-decoding strategy converts every key of every row.
    enum CodingKeys: String, CodingKey {
        case id
        case name
        case address
        case country
        case timeZone = "time_zone"
        case language
        case emergencyNumber = "emergency_number"
        case urgentCareAdvice = "urgent_care_advice"
        case protocolVersion = "protocol_version"
        case phone
        case email
        case reminderHour = "reminder_hour"
        case missedCheckInHour = "missed_check_in_hour"
        case quietFrom = "quiet_from"
        case quietUntil = "quiet_until"
        case redResponseMinutes = "red_response_minutes"
        case amberResponseHours = "amber_response_hours"
        case yellowResponseDays = "yellow_response_days"
    }

    var record: Clinic {
        get throws {
        Clinic(id: id, name: name, address: address, country: country, timeZone: timeZone,
               language: try storedValue(language, "clinics", "language"), emergencyNumber: emergencyNumber,
               urgentCareAdvice: urgentCareAdvice,
               protocolVersion: protocolVersion, phone: phone, email: email,
               reminders: ReminderSettings(sendHour: reminderHour, missedHour: missedCheckInHour,
                                           quietFrom: quietFrom, quietUntil: quietUntil),
               alertTargets: AlertTargets(redMinutes: redResponseMinutes ?? 0, amberHours: amberResponseHours,
                                          yellowDays: yellowResponseDays))
        }
    }
}

struct ClientRow: Decodable {
    var id: UUID, clinicId: UUID, idCheckedBy: UUID, fullName: String, dateOfBirth: String, idCheckedOn: String
    var email: String?, phone: String?, hairLossCondition: String, sex: String?, skinType: Int?
    var oilySkin: Bool, thickSkin: Bool, friction: String, screening: String, funding: String, referral: String?
    var createdAt: Date?

    // Column names spelled out: a key-decoding strategy converts every key of every row.
    enum CodingKeys: String, CodingKey {
        case id
        case clinicId = "clinic_id"
        case idCheckedBy = "id_checked_by"
        case fullName = "full_name"
        case dateOfBirth = "date_of_birth"
        case idCheckedOn = "id_checked_on"
        case email
        case phone
        case hairLossCondition = "hair_loss_condition"
        case sex
        case skinType = "skin_type"
        case oilySkin = "oily_skin"
        case thickSkin = "thick_skin"
        case friction
        case screening
        case funding
        case referral
        case createdAt = "created_at"
    }

    var record: ClientRecord {
        get throws {
            let t = "clients"
            return ClientRecord(
                id: id, clinicID: clinicId, fullName: fullName, dateOfBirth: try storedDate(dateOfBirth, t, "date_of_birth"),
                idCheckedBy: idCheckedBy, idCheckedOn: try storedDate(idCheckedOn, t, "id_checked_on"),
                email: email, phone: phone, hairLossCondition: try storedValue(hairLossCondition, t, "hair_loss_condition"),
                sex: try storedValue(sex, t, "sex"), skinType: skinType, oilySkin: oilySkin, thickSkin: thickSkin,
                friction: try Codecs.list(friction, t, "friction"), screening: try StoredAnswers.screening(screening),
                funding: try storedValue(funding, t, "funding"), referral: referral,
                createdAt: try createdAt ?? { throw StoredDataError(table: t, column: "created_at") }())
        }
    }
}

struct SessionRow: Decodable {
    var id: UUID, clientId: UUID, clinicId: UUID, technicianId: UUID, sessionNumber: Int, startedAt: Date, endedAt: Date
    var zones: String, needleType: String, needleSize: String, depth: String, dotDensity: Int?
    var pigmentProduct: String, pigmentBatch: String, anaesthetic: String?, painRelief: String, breaks: Int
    var painReported: Int?, bleeding: String, notes: String?

    // Column names spelled out: a key-decoding strategy converts every key of every row.
    enum CodingKeys: String, CodingKey {
        case id
        case clientId = "client_id"
        case clinicId = "clinic_id"
        case technicianId = "technician_id"
        case sessionNumber = "session_number"
        case startedAt = "started_at"
        case endedAt = "ended_at"
        case zones
        case needleType = "needle_type"
        case needleSize = "needle_size"
        case depth
        case dotDensity = "dot_density"
        case pigmentProduct = "pigment_product"
        case pigmentBatch = "pigment_batch"
        case anaesthetic
        case painRelief = "pain_relief"
        case breaks
        case painReported = "pain_reported"
        case bleeding
        case notes
    }

    var record: TreatmentSession {
        get throws {
            let t = "treatment_sessions"
            return TreatmentSession(
                id: id, clientID: clientId, clinicID: clinicId, technicianID: technicianId, sessionNumber: sessionNumber,
                startedAt: startedAt, endedAt: endedAt, zones: try Codecs.list(zones, t, "zones"), needleType: needleType,
                needleSize: needleSize, depth: try storedValue(depth, t, "depth"), dotDensity: dotDensity,
                pigmentProduct: pigmentProduct, pigmentBatch: pigmentBatch, anaesthetic: anaesthetic,
                painRelief: painRelief.split(separator: ",").map(String.init), breaks: breaks, painReported: painReported,
                bleeding: try storedValue(bleeding, t, "bleeding"), notes: notes)
        }
    }
}

struct JourneyRow: Decodable {
    var id: UUID, sessionId: UUID, clientId: UUID, clinicId: UUID, sessionDate: String, timeZone: String
    var protocolVersion: String

    // Column names spelled out: a key-decoding strategy converts every key of every row.
    enum CodingKeys: String, CodingKey {
        case id
        case sessionId = "session_id"
        case clientId = "client_id"
        case clinicId = "clinic_id"
        case sessionDate = "session_date"
        case timeZone = "time_zone"
        case protocolVersion = "protocol_version"
    }

    var record: JourneyRecord {
        get throws {
            JourneyRecord(id: id, sessionID: sessionId, clientID: clientId, clinicID: clinicId,
                          sessionDate: try storedDate(sessionDate, "journeys", "session_date"), timeZone: timeZone,
                          protocolVersion: protocolVersion)
        }
    }
}

/// Check-in rows, read column by column: a journey's check-ins are read on every journey page.
enum CheckInRow {
    static func record(_ row: any SQLRow, prefix: String = "") throws -> StoredCheckIn? {
        try record(typed(row), prefix: prefix)
    }

    /// Nil when the row has no check-in there (a journey read without check-ins yet); a check-in
    /// whose answers or tier cannot be read is a `StoredDataError`.
    static func record(_ row: any TypedRow, prefix: String) throws -> StoredCheckIn? {
        guard try !row.isNull(prefix + "id") else { return nil }
        let answers = try StoredAnswers.checkIn(try row.string(prefix + "answers"))
        let seenColumn = prefix + "seen_at"
        return StoredCheckIn(
            id: try row.uuid(prefix + "id"), journeyID: try row.uuid(prefix + "journey_id"), day: try row.int(prefix + "day"),
            recordedAt: try row.date(prefix + "recorded_at"), answers: answers,
            tier: try storedValue(try row.string(prefix + "tier"), "check_ins", "tier"), score: try row.int(prefix + "score"),
            seenAt: row.has(seenColumn) ? try row.optionalDate(seenColumn) : nil)
    }
}
