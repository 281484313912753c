import FluentKit
import Foundation
import SQLKit

extension Store {
    /// The login of the staff member with this email (compared case-insensitively; emails are
    /// stored lowercased).
    public func staffLogin(email: String) async throws -> StaffLogin? {
        guard let row = try await sql.raw("""
            SELECT id, clinic_id, name, role, licence_number, email, password_hash, failed_logins, locked_until
            FROM staff WHERE email = \(bind: email.lowercased()) AND password_hash IS NOT NULL AND deactivated_at IS NULL
            """).first()
        else { return nil }
        return StaffLogin(
            staff: try StaffMember(row: row),
            email: try row.decode(column: "email", as: String.self),
            passwordHash: try row.decode(column: "password_hash", as: String.self),
            failedLogins: try row.decode(column: "failed_logins", as: Int?.self) ?? 0,
            lockedUntil: try row.decode(column: "locked_until", as: Date?.self))
    }

    /// The email each staff member with a sign-in signs in with.
    public func staffEmails() async throws -> [UUID: String] {
        var out: [UUID: String] = [:]
        for row in try await sql.raw("SELECT id, email FROM staff WHERE email IS NOT NULL").all() {
            out[try row.decode(column: "id", as: UUID.self)] = try row.decode(column: "email", as: String.self)
        }
        return out
    }

    /// Sets a staff member's email and password hash, clears any lockout and ends every session
    /// they had: a reset password must not leave an old session open.
    public func setLogin(staff: UUID, email: String, passwordHash: String) async throws {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let email = email.lowercased()
            if let other = try await sql.raw("SELECT id FROM staff WHERE email = \(bind: email)").first(),
               try other.decode(column: "id", as: UUID.self) != staff {
                throw EmailTaken()
            }
            try await sql.raw("""
                UPDATE staff SET email = \(bind: email), password_hash = \(bind: passwordHash), failed_logins = 0,
                       locked_until = NULL WHERE id = \(bind: staff)
                """).run()
            try await sql.raw("DELETE FROM staff_sessions WHERE staff_id = \(bind: staff)").run()
        }
    }

    /// Counts a failed attempt; the `lockAfter`-th in a row locks the account until `at + lockFor`.
    /// Returns when the lock ends, if this attempt locked it.
    @discardableResult
    public func recordFailedLogin(staff: UUID, at: Date, lockAfter: Int, lockFor: TimeInterval) async throws -> Date? {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let row = try await sql.raw("SELECT failed_logins FROM staff WHERE id = \(bind: staff)").first()
            let failed = (try row?.decode(column: "failed_logins", as: Int?.self) ?? 0) + 1
            let locks = failed >= lockAfter
            let until = locks ? at.addingTimeInterval(lockFor) : nil
            // A lock starts the count again: the next failure after it ends counts as the first.
            try await sql.raw("""
                UPDATE staff SET failed_logins = \(bind: locks ? 0 : failed),
                       locked_until = \(bind: until) WHERE id = \(bind: staff)
                """).run()
            return until
        }
    }

    /// Opens a session after a successful login: the failure count starts again.
    public func openStaffSession(staff: UUID, tokenHash: String, csrfToken: String, at: Date, expiresAt: Date) async throws {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.raw("UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = \(bind: staff)").run()
            // Sessions that ran out are cleared as new ones open, so the table stays small.
            try await sql.raw("DELETE FROM staff_sessions WHERE expires_at < \(bind: at)").run()
            try await sql.insert(into: StaffSession.table)
                .columns("token_hash", "staff_id", "csrf_token", "created_at", "expires_at")
                .values(SQLBind(tokenHash), SQLBind(staff), SQLBind(csrfToken), SQLBind(at), SQLBind(expiresAt))
                .run()
        }
    }

    public func staffSession(tokenHash: String, now: Date) async throws -> StaffSession? {
        guard let row = try await sql.raw("""
            SELECT s.id, s.clinic_id, s.name, s.role, s.licence_number, x.csrf_token, x.expires_at
            FROM staff_sessions x JOIN staff s ON s.id = x.staff_id
            WHERE x.token_hash = \(bind: tokenHash) AND x.expires_at > \(bind: now) AND s.deactivated_at IS NULL
            """).first()
        else { return nil }
        return StaffSession(staff: try StaffMember(row: row),
                            csrfToken: try row.decode(column: "csrf_token", as: String.self),
                            expiresAt: try row.decode(column: "expires_at", as: Date.self))
    }

    public func closeStaffSession(tokenHash: String) async throws {
        try await sqlWriter.raw("DELETE FROM staff_sessions WHERE token_hash = \(bind: tokenHash)").run()
    }
}
