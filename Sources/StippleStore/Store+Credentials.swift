import FluentKit
import Foundation
import SQLKit

extension Store {
    /// The holder of the token with this hash, if the token works at `now`: not revoked, not
    /// expired, and its holder not deactivated.
    public func tokenHolder(tokenHash: String, now: Date) async throws -> TokenHolder? {
        guard let row = try await sql.raw("""
            SELECT s.id, s.clinic_id, s.name, s.role, s.licence_number, t.id AS token_id, t.last_used_at FROM staff s
            JOIN api_tokens t ON t.staff_id = s.id
            WHERE t.token_hash = \(bind: tokenHash) AND t.revoked_at IS NULL AND s.deactivated_at IS NULL
              AND (t.expires_at IS NULL OR t.expires_at > \(bind: now))
            LIMIT 1
            """).first()
        else { return nil }
        return TokenHolder(staff: try StaffMember(row: row),
                           tokenID: try row.decode(column: "token_id", as: UUID.self),
                           lastUsedAt: try row.decode(column: "last_used_at", as: Date?.self))
    }

    /// Notes a token's use. Callers write it at most once an hour a token, so API calls do not
    /// each cost a write.
    public func markTokenUsed(_ id: UUID, at: Date) async throws {
        try await sqlWriter.raw("UPDATE api_tokens SET last_used_at = \(bind: at) WHERE id = \(bind: id)").run()
    }

    /// A new token for a staff member; `expiresAt` nil: until revoked.
    public func addAPIToken(staff: UUID, name: String?, tokenHash: String, expiresAt: Date?, at: Date) async throws -> UUID {
        let id = UUID()
        try await sqlWriter.insert(into: "api_tokens")
            .columns("id", "staff_id", "token_hash", "name", "expires_at", "created_at")
            .values(SQLBind(id), SQLBind(staff), SQLBind(tokenHash), SQLBind(name), SQLBind(expiresAt), SQLBind(at))
            .run()
        return id
    }

    /// Every token, or one person's, newest first (tokens made together by their holder's name).
    public func apiTokens(staff: UUID? = nil) async throws -> [APITokenRecord] {
        let filter: SQLQueryString = staff.map { "WHERE t.staff_id = \(bind: $0)" } ?? ""
        return try await sql.raw("""
            SELECT t.id, t.staff_id, s.name AS staff_name, t.name, t.created_at, t.last_used_at, t.expires_at, t.revoked_at
            FROM api_tokens t JOIN staff s ON s.id = t.staff_id \(filter)
            ORDER BY t.created_at DESC, s.name, t.id
            """).all().map { row in
            APITokenRecord(id: try row.decode(column: "id", as: UUID.self), staffID: try row.decode(column: "staff_id", as: UUID.self),
                           staffName: try row.decode(column: "staff_name", as: String.self),
                           name: try row.decode(column: "name", as: String?.self),
                           createdAt: try row.decode(column: "created_at", as: Date?.self),
                           lastUsedAt: try row.decode(column: "last_used_at", as: Date?.self),
                           expiresAt: try row.decode(column: "expires_at", as: Date?.self),
                           revokedAt: try row.decode(column: "revoked_at", as: Date?.self))
        }
    }

    /// Revokes a token; false when there is no such token or it was revoked already.
    @discardableResult
    public func revokeAPIToken(_ id: UUID, at: Date) async throws -> Bool {
        try await !sqlWriter.raw("""
            UPDATE api_tokens SET revoked_at = \(bind: at) WHERE id = \(bind: id) AND revoked_at IS NULL RETURNING id
            """).all().isEmpty
    }

    /// Deactivates a staff member, in one transaction: their sessions end, their tokens are
    /// revoked and their calendar feed stops. False when there is no such person or they were
    /// deactivated already.
    @discardableResult
    public func deactivateStaff(_ id: UUID, at: Date) async throws -> Bool {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let changed = try await sql.raw("""
                UPDATE staff SET deactivated_at = \(bind: at), calendar_feed_hash = NULL
                WHERE id = \(bind: id) AND deactivated_at IS NULL RETURNING id
                """).all()
            guard !changed.isEmpty else { return false }
            try await sql.raw("DELETE FROM staff_sessions WHERE staff_id = \(bind: id)").run()
            try await sql.raw("UPDATE api_tokens SET revoked_at = \(bind: at) WHERE staff_id = \(bind: id) AND revoked_at IS NULL").run()
            return true
        }
    }

    /// When each deactivated staff member was deactivated.
    public func deactivatedStaff() async throws -> [UUID: Date] {
        var out: [UUID: Date] = [:]
        for row in try await sql.raw("SELECT id, deactivated_at FROM staff WHERE deactivated_at IS NOT NULL").all() {
            out[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "deactivated_at", as: Date.self)
        }
        return out
    }
}
