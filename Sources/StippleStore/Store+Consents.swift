import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Why reminders stopped when healing messages were withdrawn; the same text finds them
    /// again when the consent is given back.
    public static let messagesWithdrawnReason = "the client withdrew consent to healing messages"

    /// Records a consent given or withdrawn and what it changes, in one transaction, so the
    /// change holds everywhere as soon as the record does: withdrawing healing messages cancels
    /// every scheduled reminder of the client (giving it again restores those not yet due);
    /// withdrawing photos in the record takes the client's photos out of it.
    /// A signature keeps the document as shown (`ConsentSignature`); without one it is staff's record.
    @discardableResult
    public func recordConsent(client: UUID, kind: ConsentKind, given: Bool, note: String?, by staff: UUID?,
                              signature: ConsentSignature? = nil, channel: ConsentChannel? = nil,
                              at: Date) async throws -> (id: UUID, effects: ConsentEffects) {
        let id = UUID()
        let effects = try await numberedTransaction { db in
            let sql = db as! any SQLDatabase
            // Writes that depend on this client's consents take the same lock (see `lockClient`).
            try await Self.lockClient(client, on: sql)
            // Numbered per client, so "the latest" does not depend on two records' clocks differing.
            let s = signature
            try await sql.raw("""
                INSERT INTO consents (id, client_id, kind, given, recorded_at, recorded_by, note, seq, channel, document_id,
                                      document_version, text_sha256, signer_name, remote_address, user_agent)
                SELECT \(bind: id), \(bind: client), \(bind: kind.rawValue), \(bind: given), \(bind: at), \(bind: staff),
                       \(bind: note), COALESCE(MAX(seq), 0) + 1, \(bind: (s?.channel ?? channel ?? .staff).rawValue), \(bind: s?.document.id),
                       \(bind: s?.document.version), \(bind: s?.document.sha256), \(bind: s?.signerName),
                       \(bind: s?.remoteAddress), \(bind: s?.userAgent.map { String($0.prefix(300)) })
                FROM consents WHERE client_id = \(bind: client)
                """).run()
            var effects = ConsentEffects()
            switch (kind, given) {
            case (.healingMessages, false):
                effects.remindersCancelled = try await sql.raw("""
                    UPDATE reminders SET status = 'cancelled', lease_until = NULL, last_error = \(bind: Self.messagesWithdrawnReason)
                    WHERE status IN ('scheduled', 'sending')
                      AND journey_id IN (SELECT id FROM journeys WHERE client_id = \(bind: client))
                    RETURNING id
                    """).all().count
                // The top-up invitation years on is a healing message too.
                try await sql.update(Outbox.clientMessages.table)
                    .set("status", to: SQLBind("cancelled")).set("last_error", to: SQLBind(Self.messagesWithdrawnReason))
                    .where("client_id", .equal, client).where("kind", .equal, ClientMessageKind.topUp.rawValue)
                    .where("status", .equal, "scheduled")
                    .run()
            case (.healingMessages, true):
                effects.remindersRestored = try await sql.raw("""
                    UPDATE reminders SET status = 'scheduled', last_error = NULL
                    WHERE status = 'cancelled' AND last_error = \(bind: Self.messagesWithdrawnReason) AND due_at > \(bind: at)
                      AND journey_id IN (SELECT id FROM journeys WHERE client_id = \(bind: client) AND superseded = \(bind: false))
                    RETURNING id
                    """).all().count
                try await sql.update(Outbox.clientMessages.table)
                    .set("status", to: SQLBind("scheduled")).set("last_error", to: SQLLiteral.null)
                    .where("client_id", .equal, client).where("kind", .equal, ClientMessageKind.topUp.rawValue)
                    .where("status", .equal, "cancelled").where("last_error", .equal, Self.messagesWithdrawnReason)
                    .where("due_at", .greaterThan, at)
                    .run()
            case (.photosInRecord, false):
                // Check-in photos and the sessions' before and after photos alike.
                let removed = try await sql.raw("""
                    DELETE FROM check_in_photos
                    WHERE check_in_id IN (SELECT ci.id FROM check_ins ci JOIN journeys j ON j.id = ci.journey_id
                                          WHERE j.client_id = \(bind: client))
                    RETURNING sha256, content_type
                    """).all().map { (try $0.decode(column: "sha256", as: String.self), try $0.decode(column: "content_type", as: String.self)) }
                    + (try await sql.raw("""
                    DELETE FROM session_photos
                    WHERE session_id IN (SELECT id FROM treatment_sessions WHERE client_id = \(bind: client))
                    RETURNING sha256, content_type
                    """).all().map { (try $0.decode(column: "sha256", as: String.self), try $0.decode(column: "content_type", as: String.self)) })
                let hashes = Set(removed.map(\.0))
                let stillUsed: Set<String> = hashes.isEmpty ? [] : Set(try await sql.raw("""
                    SELECT sha256 FROM check_in_photos WHERE sha256 IN (\(binds: Array(hashes)))
                    UNION SELECT sha256 FROM session_photos WHERE sha256 IN (\(binds: Array(hashes)))
                    """).all().map { try $0.decode(column: "sha256", as: String.self) })
                var seen: Set<String> = []
                for (hash, type) in removed where seen.insert(hash).inserted {
                    effects.photosRemoved.append(.init(sha256: hash, contentType: type, fileStillUsed: stillUsed.contains(hash)))
                }
            default:
                break
            }
            return effects
        }
        return (id, effects)
    }

    /// Whether the client's latest consent of `kind` is given (never recorded: not given).
    public func consentGiven(client: UUID, kind: ConsentKind) async throws -> Bool {
        try await Self.consentGiven(client: client, kind: kind, on: sql)
    }

    /// Holds the client's row until the transaction ends: a consent being recorded and a write
    /// that depends on it (a session, photos) then happen one after the other, never interleaved.
    static func lockClient(_ client: UUID, on sql: any SQLDatabase) async throws {
        try await lockForWrite(ClientRecord.table, client, on: sql)
    }

    /// Makes the transaction a writer before it reads what it will check. PostgreSQL: the row is
    /// locked until the transaction ends, so writers of the same row queue. SQLite: a write
    /// statement first takes the database's write lock, as `BEGIN IMMEDIATE` would, so no other
    /// connection or process writes between the check and the insert. It matches no row: rewriting
    /// a key, even to itself, makes SQLite look for that key in every table referring to it (for a
    /// clinic, 80 ms of scans on the seeded chain).
    static func lockForWrite(_ table: String, _ id: UUID, on sql: any SQLDatabase) async throws {
        if sql.dialect.name == "postgresql" {
            try await sql.raw("SELECT id FROM \(ident: table) WHERE id = \(bind: id) FOR UPDATE").run()
        } else {
            try await sql.raw("UPDATE \(ident: table) SET id = id WHERE 0").run()
        }
    }

    static func consentGiven(client: UUID, kind: ConsentKind, on sql: any SQLDatabase) async throws -> Bool {
        guard let row = try await sql.raw("""
            SELECT given FROM consents WHERE client_id = \(bind: client) AND kind = \(bind: kind.rawValue)
            ORDER BY seq DESC LIMIT 1
            """).first()
        else { return false }
        return try Self.bool(row, "given")
    }

    /// Every consent record of the client, newest first.
    public func consents(client: UUID) async throws -> [ConsentRecord] {
        try await sql.raw("""
            SELECT c.id, c.client_id, c.kind, c.given, c.recorded_at, c.recorded_by, s.name, c.note, c.channel,
                   c.document_version, c.text_sha256, c.signer_name
            FROM consents c LEFT JOIN staff s ON s.id = c.recorded_by
            WHERE c.client_id = \(bind: client) ORDER BY c.seq DESC
            """).all().map { row in
            let r = StoredRow(row: row, table: ConsentRecord.table)
            return ConsentRecord(
                id: try r.value("id"), clientID: try r.value("client_id"), kind: try r.code("kind"),
                given: try Self.bool(row, "given"), recordedAt: try r.value("recorded_at"), recordedBy: try r.value("recorded_by"),
                recordedByName: try r.value("name"), note: try r.value("note"), channel: try r.code("channel"),
                documentVersion: try r.value("document_version"), textSHA256: try r.value("text_sha256"),
                signerName: try r.value("signer_name"))
        }
    }

    /// Whether each of `kinds` is current for the client: given, and against the latest version
    /// of its document at the client's clinic in the client's language (a consent recorded
    /// before documents were versioned counts as version 1). A new version asks again.
    static func consentsCurrent(client: UUID, kinds: [ConsentKind], on sql: any SQLDatabase) async throws -> [ConsentKind: Bool] {
        var out: [ConsentKind: Bool] = [:]
        for kind in kinds {
            guard let row = try await sql.raw("""
                SELECT c.given, COALESCE(c.document_version, 1) AS signed,
                       (SELECT MAX(d.version) FROM consent_documents d JOIN clients k ON k.clinic_id = d.clinic_id
                        WHERE k.id = c.client_id AND d.kind = c.kind AND d.language = k.preferred_language) AS latest
                FROM consents c WHERE c.client_id = \(bind: client) AND c.kind = \(bind: kind.rawValue)
                ORDER BY c.seq DESC LIMIT 1
                """).first()
            else { out[kind] = false; continue }
            let latest = try row.decode(column: "latest", as: Int?.self) ?? 1
            out[kind] = try Self.bool(row, "given") && (try row.decode(column: "signed", as: Int.self)) >= latest
        }
        return out
    }

    public func consentsCurrent(client: UUID, kinds: [ConsentKind] = ConsentKind.allCases) async throws -> [ConsentKind: Bool] {
        try await Self.consentsCurrent(client: client, kinds: kinds, on: sql)
    }
}
