import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// The client's health data as it stands, or nil before their first screening.
    public func health(client: UUID) async throws -> ClientHealth? {
        guard let row = try await sql.raw("""
            SELECT \(unsafeRaw: ClientHealth.joinedColumns) FROM clients k \(unsafeRaw: ClientHealth.joins)
            WHERE k.id = \(bind: client)
            """).first()
        else { return nil }
        return try ClientHealth(row: row, healthPrefix: "h_", screeningPrefix: "sc_")
    }

    /// When the client's current screening was completed, and nothing of what it says: what
    /// reception may know.
    public func screeningCompletedAt(client: UUID) async throws -> Date? {
        try await sql.raw("""
            SELECT sc.completed_at FROM client_health h JOIN screenings sc ON sc.id = h.screening_id
            WHERE h.client_id = \(bind: client)
            """).first()?.decode(column: "completed_at", as: Date.self)
    }

    /// Keeps a completed screening and makes it the client's current one, with the skin
    /// assessment when staff give one, in one transaction.
    public func recordScreening(_ s: NewScreening, skin: (type: Int?, thick: Bool)? = nil,
                                now: Date = Date()) async throws -> ScreeningRecord {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let record = try await Self.insertScreening(s, now: now, on: sql)
            if let skin { try await Self.updateSkin(client: s.clientID, skin, on: sql) }
            return record
        }
    }

    static func updateSkin(client: UUID, _ skin: (type: Int?, thick: Bool), on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            UPDATE client_health SET skin_type = \(bind: skin.type), thick_skin = \(bind: skin.thick) WHERE client_id = \(bind: client)
            """).run()
    }

    /// Completes the screening a client's link asked for. The update names the request only
    /// while it is open, so of two submissions at once one is kept; nil when it was not open.
    public func completeScreening(requestHash: String, _ s: NewScreening, now: Date) async throws -> ScreeningRecord? {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            guard try await sql.raw("""
                UPDATE screening_requests SET completed_at = \(bind: now)
                WHERE token_hash = \(bind: requestHash) AND client_id = \(bind: s.clientID)
                  AND completed_at IS NULL AND expires_at > \(bind: now)
                RETURNING id
                """).first() != nil
            else { return nil }
            return try await Self.insertScreening(s, now: now, on: sql)
        }
    }

    static func insertScreening(_ s: NewScreening, now: Date, on sql: any SQLDatabase) async throws -> ScreeningRecord {
        let id = UUID(), r = s.response
        try await sql.insert(into: ScreeningRecord.table)
            .columns(["id", "client_id", "version", "language"] + ScreeningResponse.storedColumns
                     + ["confirmed_name", "channel", "completed_at", "recorded_by", "remote_address", "user_agent"])
            .values([SQLBind(id), SQLBind(s.clientID), SQLBind(s.version), SQLBind(s.language.rawValue)] + r.storedValues
                    + [SQLBind(s.confirmedName), SQLBind(s.channel.rawValue), SQLBind(now), SQLBind(s.recordedBy),
                       SQLBind(s.remoteAddress), SQLBind(s.userAgent)])
            .run()
        // The skin assessment stays with the client across screenings.
        try await sql.insert(into: ClientHealth.table)
            .columns("client_id", "screening_id", "thick_skin", "updated_at")
            .values(SQLBind(s.clientID), SQLBind(id), SQLBind(false), SQLBind(now))
            .onConflict(with: ["client_id"]) { $0.set(excludedValueOf: "screening_id").set(excludedValueOf: "updated_at") }
            .run()
        return ScreeningRecord(id: id, clientID: s.clientID, version: s.version, language: s.language, response: r,
                               confirmedName: s.confirmedName, channel: s.channel, completedAt: now, recordedBy: s.recordedBy)
    }

    /// Records the technician's assessment of the skin; false when the client has no screening yet.
    public func assessSkin(client: UUID, skinType: Int?, thickSkin: Bool, now: Date = Date()) async throws -> Bool {
        try await sql.raw("""
            UPDATE client_health SET skin_type = \(bind: skinType), thick_skin = \(bind: thickSkin), updated_at = \(bind: now)
            WHERE client_id = \(bind: client) RETURNING client_id
            """).first() != nil
    }

    /// The client's screenings, newest first.
    public func screenings(client: UUID) async throws -> [ScreeningRecord] {
        try await ScreeningRecord.select(on: sql).where("client_id", .equal, client)
            .orderBy("completed_at", .descending).all().map { try ScreeningRecord(row: $0) }
    }
}
