import FluentKit
import Foundation
import SQLKit
import StippleCore

/// The product's persistence: reads and writes in plain values. Every write that touches more
/// than one row runs in one transaction, so a request that fails changes nothing.
public struct Store: Sendable {
    public let db: any Database
    /// Where writes go. On SQLite the server passes one connection for every request's writes:
    /// the driver keeps a connection per event loop, and two of them writing at once make one
    /// back off in SQLite's busy handler for up to tens of milliseconds.
    public let writer: any Database
    /// SQLite in a file: read-only connections that keep the journey read prepared.
    public let reads: SQLiteReadConnections?

    public init(_ db: any Database, writer: (any Database)? = nil, reads: SQLiteReadConnections? = nil) {
        self.db = db
        self.writer = writer ?? db
        self.reads = reads
    }

    /// The database answers a trivial query.
    public func isReady() async -> Bool {
        guard let sql = db as? any SQLDatabase else { return false }
        return (try? await sql.raw("SELECT 1 AS ok").first()) != nil
    }

    // MARK: Writes
    // Through SQLKit, each row's columns named as its record lists them (`Records/`); each
    // returns what it wrote as read back through `Store+Reads`.

    /// Creates a clinic with the chain's consent documents, in one transaction.
    public func createClinic(_ c: NewClinic, now: Date = Date()) async throws -> Clinic {
        let id = UUID()
        return try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.insert(into: Clinic.table)
                .columns("id", "created_at", "name", "address", "country", "time_zone", "language", "emergency_number",
                         "urgent_care_advice", "protocol_version", "phone", "email", "reminder_hour", "missed_check_in_hour",
                         "quiet_from", "quiet_until", "red_response_minutes", "amber_response_hours", "yellow_response_days")
                .values(SQLBind(id), SQLBind(now), SQLBind(c.name), SQLBind(c.address), SQLBind(c.country), SQLBind(c.timeZone),
                        SQLBind(c.language.rawValue), SQLBind(c.emergencyNumber), SQLBind(c.urgentCareAdvice),
                        SQLBind(c.protocolVersion), SQLBind(c.phone), SQLBind(c.email), SQLBind(c.reminders.sendHour),
                        SQLBind(c.reminders.missedHour), SQLBind(c.reminders.quietFrom), SQLBind(c.reminders.quietUntil),
                        SQLBind(c.alertTargets.redMinutes), SQLBind(c.alertTargets.amberHours), SQLBind(c.alertTargets.yellowDays))
                .run()
            try await CreateConsentDocuments.insertFirstVersions(clinic: id, now: now, on: sql)
            try await Self.insertOpeningHours(c.openingHours, clinic: id, on: sql)
            return try await written(Store(db).clinic(id))
        }
    }

    /// Creates a staff member and, when `tokenHash` is given, their API token, together.
    public func createStaff(_ s: NewStaffMember, tokenHash: String?, now: Date = Date()) async throws -> StaffMember {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let id = UUID()
            try await sql.insert(into: StaffMember.table)
                .columns("id", "created_at", "clinic_id", "name", "role", "licence_number")
                .values(SQLBind(id), SQLBind(now), SQLBind(s.clinicID), SQLBind(s.name), SQLBind(s.role.rawValue),
                        SQLBind(s.licenceNumber))
                .run()
            if let tokenHash {
                try await sql.insert(into: "api_tokens")
                    .columns("id", "created_at", "staff_id", "token_hash")
                    .values(SQLBind(UUID()), SQLBind(now), SQLBind(id), SQLBind(tokenHash))
                    .run()
            }
            return try await written(Store(db).staffMember(id))
        }
    }

    /// Records a session and starts its healing journey in one transaction. The session's number
    /// follows the client's earlier sessions.
    /// The journey's reminders are written in the same transaction, so a journey never exists
    /// without them.
    public func recordSession(_ s: NewSession, sessionDate: LocalDate, timeZone: String, protocolVersion: String,
                              reminders: [PlannedReminder] = [], link: NewJourneyLink? = nil,
                              message: NewClientMessage? = nil, topUp: NewTopUpReminder? = nil,
                              now: Date = Date()) async throws -> (TreatmentSession, JourneyRecord) {
        try await numberedTransaction { db in
            // A session needs the client's current consents to treatment and to their health data (the
            // documents' latest versions), as they stand when the row goes in.
            let sql = db as! any SQLDatabase
            try await Self.lockClient(s.clientID, on: sql)
            let current = try await Self.consentsCurrent(client: s.clientID, kinds: ConsentKind.neededToTreat, on: sql)
            if let missing = ConsentKind.neededToTreat.first(where: { current[$0] != true }) { throw ConsentMissing(missing) }
            // A recall that lands while the session is charted refuses it rather than miss it.
            if let batch = s.pigmentBatchID {
                let row = try await sql.select().column("recalled_at").from(PigmentBatch.table).where("id", .equal, batch).first()
                if try row?.decode(column: "recalled_at", as: Date?.self) != nil { throw PigmentBatchCheck.Refusal.recalled }
            }
            let earlier = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(TreatmentSession.table).where("client_id", .equal, s.clientID)
                .first()?.decode(column: "n", as: Int.self) ?? 0
            let sessionID = UUID(), journeyID = UUID()
            try await sql.insert(into: TreatmentSession.table)
                .columns("id", "created_at", "client_id", "clinic_id", "technician_id", "session_number", "started_at",
                         "ended_at", "zones", "needle_type", "needle_size", "depth", "dot_density", "pigment_product",
                         "pigment_batch", "pigment_batch_id", "anaesthetic", "pain_relief", "breaks", "pain_reported", "bleeding",
                         "reactions", "notes")
                .values(SQLBind(sessionID), SQLBind(now), SQLBind(s.clientID), SQLBind(s.clinicID), SQLBind(s.technicianID),
                        SQLBind(earlier + 1), SQLBind(s.startedAt), SQLBind(s.endedAt),
                        SQLBind(s.zones.map(\.rawValue).joined(separator: ",")), SQLBind(s.needleType), SQLBind(s.needleSize),
                        SQLBind(s.depth.rawValue), SQLBind(s.dotDensity), SQLBind(s.pigmentProduct), SQLBind(s.pigmentBatch),
                        SQLBind(s.pigmentBatchID), SQLBind(s.anaesthetic), SQLBind(s.painRelief.joined(separator: ",")), SQLBind(s.breaks),
                        SQLBind(s.painReported), SQLBind(s.bleeding.rawValue), SQLBind(s.reactions), SQLBind(s.notes))
                .run()
            // Only the client's latest journey is on the dashboard.
            try await sql.raw("""
                INSERT INTO journeys (id, created_at, session_id, client_id, clinic_id, session_date, time_zone, protocol_version,
                                      technician_id, last_severity, client_name, superseded)
                VALUES (\(bind: journeyID), \(bind: now), \(bind: sessionID), \(bind: s.clientID), \(bind: s.clinicID),
                        \(bind: sessionDate.iso), \(bind: timeZone), \(bind: protocolVersion), \(bind: s.technicianID), -1,
                        (SELECT k.full_name FROM clients k WHERE k.id = \(bind: s.clientID)),
                        EXISTS (SELECT 1 FROM journeys later WHERE later.client_id = \(bind: s.clientID)
                                AND later.session_date > \(bind: sessionDate.iso)))
                """).run()
            try await sql.raw("""
                UPDATE journeys SET superseded = \(bind: true) WHERE client_id = \(bind: s.clientID)
                AND id <> \(bind: journeyID) AND session_date <= \(bind: sessionDate.iso)
                """).run()
            try await Store(db).insertReminders(reminders, journey: journeyID, now: now)
            // The client's link goes in with the journey, so its first reminder already carries it.
            if let link {
                try await sql.insert(into: JourneyLinkStore.table)
                    .columns("id", "journey_id", "token_hash", "sealed_token", "created_at", "expires_at")
                    .values(SQLBind(UUID()), SQLBind(journeyID), SQLBind(link.tokenHash), SQLBind(link.sealedToken),
                            SQLBind(now), SQLBind(link.expiresAt))
                    .run()
            }
            // The message that hands the link over goes with the session, or neither does.
            if let message { try await Self.insertClientMessage(message, now: now, on: sql) }
            // A later session moves the top-up: the one waiting goes, and a session that completes
            // the plan sets the next.
            try await Self.cancelTopUps(client: s.clientID, on: sql)
            if let topUp, earlier + 1 >= topUp.planLength {
                try await Self.insertClientMessage(topUp.message, now: now, on: sql)
            }
            // Photos only under a consent to photos in the record that holds as the rows go in.
            if !s.photos.isEmpty {
                guard try await Self.consentGiven(client: s.clientID, kind: .photosInRecord, on: sql) else {
                    throw ConsentMissing(.photosInRecord)
                }
                var insert = sql.insert(into: SessionPhoto.table)
                    .columns("id", "session_id", "stage", "view", "sha256", "content_type", "width", "height", "byte_count", "created_at")
                for p in s.photos {
                    insert = insert.values(SQLBind(UUID()), SQLBind(sessionID), SQLBind(p.stage.rawValue), SQLBind(p.photo.view.rawValue),
                                           SQLBind(p.photo.sha256), SQLBind(p.photo.contentType), SQLBind(p.photo.width),
                                           SQLBind(p.photo.height), SQLBind(p.photo.byteCount), SQLBind(now))
                }
                try await insert.run()
            }
            // A superseded journey's healing is no longer the client's: its day-14/21/28 and
            // missed check-in messages stop here, kept as cancelled with the reason. (The new
            // journey's own, when a later session already exists.)
            try await sql.raw("""
                UPDATE reminders SET status = 'cancelled', lease_until = NULL, last_error = \(bind: Self.supersededReason)
                WHERE status IN ('scheduled', 'sending')
                  AND journey_id IN (SELECT id FROM journeys WHERE client_id = \(bind: s.clientID) AND superseded = \(bind: true))
                """).run()
            let store = Store(db)
            return (try await written(store.session(sessionID)), try await written(store.journey(journeyID)))
        }
    }
}

extension Store {
    /// A transaction that numbers a row per client (a session's number, a consent's sequence)
    /// as one more than the highest. The client's row is locked first, so writers queue; the
    /// unique index is the guarantee, and a number taken all the same (a writer that skipped
    /// the lock) makes the whole transaction run again, up to three times.
    func numberedTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        var attempt = 1
        while true {
            do {
                return try await writer.transaction(body)
            } catch let error where attempt < 3 && ConstraintViolation(error) == .unique {
                attempt += 1
            }
        }
    }

    /// Why a superseded journey's reminders were cancelled.
    public static let supersededReason = "a later session started a new healing journey"
}

/// A row just written, read back; missing would mean the write did not land.
func written<T>(_ value: T?) throws -> T {
    guard let value else { throw StoreError() }
    return value
}
