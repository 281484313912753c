import FluentKit
import Foundation
import SQLKit
import StippleCore

/// Rows of generated data, written in bulk by `Store.insertSeed`: the load-test chain of
/// `stipple seed --clients N`. Each batch is written in one transaction, many rows per statement.
public struct SeedBatch: Sendable {
    public struct Client: Sendable {
        public var id: UUID, clinicID: UUID, checkedBy: UUID, fullName: String, dateOfBirth: LocalDate, checkedOn: LocalDate
        public var email: String?, phone: String?, condition: HairLossCondition, sex: ClientFactors.Sex
        public var skinType: Int, screening: ScreeningAnswers, language: Language, createdAt: Date

        public init(id: UUID, clinicID: UUID, checkedBy: UUID, fullName: String, dateOfBirth: LocalDate, checkedOn: LocalDate,
                    email: String?, phone: String?, condition: HairLossCondition, sex: ClientFactors.Sex, skinType: Int,
                    screening: ScreeningAnswers, language: Language, createdAt: Date) {
            self.id = id; self.clinicID = clinicID; self.checkedBy = checkedBy; self.fullName = fullName
            self.dateOfBirth = dateOfBirth; self.checkedOn = checkedOn; self.email = email; self.phone = phone
            self.condition = condition; self.sex = sex; self.skinType = skinType; self.screening = screening
            self.language = language; self.createdAt = createdAt
        }
    }

    /// A session and the journey it starts, with the journey's dashboard columns.
    public struct Session: Sendable {
        public var id: UUID, journeyID: UUID, clientID: UUID, clinicID: UUID, technicianID: UUID, number: Int
        public var startedAt: Date, endedAt: Date, sessionDate: LocalDate, timeZone: String, zones: [TreatmentZone]
        public var superseded: Bool
        public var last: (at: Date, day: Int, tier: TriageTier)?

        public init(id: UUID, journeyID: UUID, clientID: UUID, clinicID: UUID, technicianID: UUID, number: Int, startedAt: Date,
                    endedAt: Date, sessionDate: LocalDate, timeZone: String, zones: [TreatmentZone], superseded: Bool,
                    last: (at: Date, day: Int, tier: TriageTier)?) {
            self.id = id; self.journeyID = journeyID; self.clientID = clientID; self.clinicID = clinicID
            self.technicianID = technicianID; self.number = number; self.startedAt = startedAt; self.endedAt = endedAt
            self.sessionDate = sessionDate; self.timeZone = timeZone; self.zones = zones; self.superseded = superseded; self.last = last
        }
    }

    public struct CheckInRow: Sendable {
        public var id: UUID, journeyID: UUID, day: Int, recordedAt: Date, answers: CheckIn, tier: TriageTier, score: Int

        public init(id: UUID, journeyID: UUID, day: Int, recordedAt: Date, answers: CheckIn, tier: TriageTier, score: Int) {
            self.id = id; self.journeyID = journeyID; self.day = day; self.recordedAt = recordedAt; self.answers = answers
            self.tier = tier; self.score = score
        }
    }

    public struct AlertRow: Sendable {
        public var checkInID: UUID, journeyID: UUID, clinicID: UUID, tier: TriageTier, route: TriageRoute?
        public var openedAt: Date, dueBy: Date?
        /// Who resolved it and when, for alerts of the past.
        public var resolved: (by: UUID, at: Date, action: AlertAction)?

        public init(checkInID: UUID, journeyID: UUID, clinicID: UUID, tier: TriageTier, route: TriageRoute?, openedAt: Date,
                    dueBy: Date?, resolved: (by: UUID, at: Date, action: AlertAction)?) {
            self.checkInID = checkInID; self.journeyID = journeyID; self.clinicID = clinicID; self.tier = tier
            self.route = route; self.openedAt = openedAt; self.dueBy = dueBy; self.resolved = resolved
        }
    }

    public var clients: [Client] = []
    public var sessions: [Session] = []
    public var checkIns: [CheckInRow] = []
    public var alerts: [AlertRow] = []
    public var followUps: [NewFollowUp] = []

    public init() {}
}

extension Store {
    /// Writes a batch in one transaction. Rows go many to a statement, under SQLite's limit of
    /// 32,766 bound values per statement (PostgreSQL allows 65,535).
    public func insertSeed(_ batch: SeedBatch, now: Date) async throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json<T: Encodable>(_ value: T) throws -> String { String(decoding: try encoder.encode(value), as: UTF8.self) }

        let clients: [[any Encodable & Sendable]] = batch.clients.map { c in
            [c.id, c.clinicID, c.checkedBy, c.fullName, c.dateOfBirth.iso, c.checkedOn.iso, IdentityDocument.passport.rawValue,
             c.email, c.phone, c.language.rawValue, (c.email == nil ? ContactChannel.sms : .email).rawValue,
             Funding.private.rawValue, c.createdAt]
        }
        // Each client screened on the clinic's tablet when registered (the screening's id is the client's).
        let screenings: [[any Encodable & Sendable]] = try batch.clients.map { c in
            [c.id, c.id, ScreeningQuestionnaire.current.version, c.language.rawValue, try json(c.screening), c.condition.rawValue,
             c.sex.rawValue, false, "", c.fullName, ScreeningChannel.tablet.rawValue, c.createdAt, c.checkedBy]
        }
        let health: [[any Encodable & Sendable]] = batch.clients.map { c in [c.id, c.id, c.skinType, false, c.createdAt] }
        // Each client signed what a treated client signs: treatment, health data, healing messages, photos in the record.
        let consents: [[any Encodable & Sendable]] = batch.clients.flatMap { c in
            [ConsentKind.treatment, .healthData, .healingMessages, .photosInRecord].enumerated().map { i, kind -> [any Encodable & Sendable] in
                [UUID(), c.id, kind.rawValue, true, c.createdAt, c.checkedBy, nil as String?, i + 1, ConsentChannel.staff.rawValue]
            }
        }
        let sessions: [[any Encodable & Sendable]] = batch.sessions.map { s in
            [s.id, s.clientID, s.clinicID, s.technicianID, s.number, s.startedAt, s.endedAt,
             s.zones.map(\.rawValue).joined(separator: ","), "3RL", "0.25 mm", ClientFactors.NeedleDepth.standard.rawValue, 60,
             "Scalp pigment, neutral black", "LOT-SEED", "cooling gel", 2, Bleeding.minor.rawValue, s.startedAt]
        }
        let names = Dictionary(uniqueKeysWithValues: batch.clients.map { ($0.id, $0.fullName) })
        let journeys: [[any Encodable & Sendable]] = batch.sessions.map { s in
            [s.journeyID, s.id, s.clientID, s.clinicID, s.sessionDate.iso, s.timeZone, DefaultProtocol.protocolValue.version,
             s.startedAt, s.technicianID, s.superseded, names[s.clientID] ?? "", s.last?.at, s.last?.day, s.last?.tier.rawValue, s.last?.tier.severity ?? -1]
        }
        let checkIns: [[any Encodable & Sendable]] = try batch.checkIns.map { c in
            [c.id, c.journeyID, c.day, c.recordedAt, try json(c.answers), c.tier.rawValue, c.score, c.recordedAt]
        }
        let alerts: [[any Encodable & Sendable]] = batch.alerts.map { a in
            [UUID(), a.checkInID, a.journeyID, a.clinicID, a.tier.rawValue, a.route?.rawValue, a.tier.severity,
             (a.resolved == nil ? AlertRecord.Status.open : .resolved).rawValue, a.openedAt, a.dueBy,
             a.resolved?.by, a.resolved?.at, a.resolved?.by, a.resolved?.at, a.resolved?.action.rawValue]
        }
        let followUps: [[any Encodable & Sendable]] = batch.followUps.map { f in
            [UUID(), f.journeyID, f.clientID, f.clinicID, f.technicianID, f.bookedBy, f.sessionNumber, f.startsAt,
             f.startsAt.addingTimeInterval(FollowUp.standardLength), FollowUp.Status.booked.rawValue, now]
        }
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await Self.insert(sql, "clients", ["id", "clinic_id", "id_checked_by", "full_name", "date_of_birth", "id_checked_on",
                                                   "id_document", "email", "phone", "preferred_language", "preferred_channel",
                                                   "funding", "created_at"], clients)
            try await Self.insert(sql, ScreeningRecord.table, ["id", "client_id", "version", "language", "answers",
                                                               "hair_loss_condition", "sex", "oily_skin", "friction",
                                                               "confirmed_name", "channel", "completed_at", "recorded_by"], screenings)
            try await Self.insert(sql, ClientHealth.table, ["client_id", "screening_id", "skin_type", "thick_skin", "updated_at"],
                                  health)
            try await Self.insert(sql, ConsentRecord.table, ["id", "client_id", "kind", "given", "recorded_at", "recorded_by",
                                                           "note", "seq", "channel"], consents)
            try await Self.insert(sql, "treatment_sessions", ["id", "client_id", "clinic_id", "technician_id", "session_number",
                                                              "started_at", "ended_at", "zones", "needle_type", "needle_size",
                                                              "depth", "dot_density", "pigment_product", "pigment_batch",
                                                              "pain_relief", "breaks", "bleeding", "created_at"], sessions)
            try await Self.insert(sql, "journeys", ["id", "session_id", "client_id", "clinic_id", "session_date", "time_zone",
                                                    "protocol_version", "created_at", "technician_id", "superseded", "client_name",
                                                    "last_check_in_at", "last_check_in_day", "last_tier", "last_severity"], journeys)
            try await Self.insert(sql, "check_ins", ["id", "journey_id", "day", "recorded_at", "answers", "tier", "score",
                                                     "created_at"], checkIns)
            try await Self.insert(sql, AlertRecord.table, ["id", "check_in_id", "journey_id", "clinic_id", "tier", "route", "severity", "status",
                                                         "opened_at", "due_by", "acknowledged_by", "acknowledged_at",
                                                         "resolved_by", "resolved_at", "action"], alerts)
            try await Self.insert(sql, FollowUp.table, ["id", "journey_id", "client_id", "clinic_id", "technician_id",
                                                            "booked_by", "session_number", "starts_at", "ends_at", "status",
                                                            "created_at"],
                                  followUps)
        }
    }

    private static func insert(_ sql: any SQLDatabase, _ table: String, _ columns: [String],
                               _ rows: [[any Encodable & Sendable]]) async throws {
        guard !rows.isEmpty else { return }
        let perStatement = max(1, 30_000 / columns.count)
        var start = 0
        while start < rows.count {
            let end = min(start + perStatement, rows.count)
            var insert = sql.insert(into: table).columns(columns)
            for row in rows[start..<end] { insert = insert.values(row.map { SQLBind($0) }) }
            try await insert.run()
            start = end
        }
    }
}
