import FluentKit
import Foundation
import SQLKit

extension Store {
    /// Adds a staff member with the email they will sign in with, and their invitation, in one
    /// transaction. An email another person signs in with is `EmailTaken` (a unique index).
    public func inviteStaff(_ s: NewStaffMember, email: String, tokenHash: String, invitedBy: UUID, expiresAt: Date,
                            now: Date) async throws -> StaffMember {
        do {
            return try await writer.transaction { db in
                let sql = db as! any SQLDatabase
                let member = try await Store(db).createStaff(s, tokenHash: nil, now: now)
                try await sql.raw("UPDATE staff SET email = \(bind: email.lowercased()) WHERE id = \(bind: member.id)").run()
                try await sql.insert(into: "staff_invitations")
                    .columns("id", "staff_id", "token_hash", "invited_by", "created_at", "expires_at")
                    .values(SQLBind(UUID()), SQLBind(member.id), SQLBind(tokenHash), SQLBind(invitedBy), SQLBind(now),
                            SQLBind(expiresAt))
                    .run()
                return member
            }
        } catch let error where ConstraintViolation(error) == .unique {
            throw EmailTaken()
        }
    }

    /// The invitation with this token's hash, if it is unused, unexpired and its person active.
    public func openInvitation(tokenHash: String, now: Date) async throws -> StaffInvitation? {
        guard let row = try await sql.raw("""
            SELECT i.staff_id, s.name, s.email, i.expires_at FROM staff_invitations i JOIN staff s ON s.id = i.staff_id
            WHERE i.token_hash = \(bind: tokenHash) AND i.used_at IS NULL AND i.expires_at > \(bind: now)
              AND s.deactivated_at IS NULL
            """).first()
        else { return nil }
        return StaffInvitation(staffID: try row.decode(column: "staff_id", as: UUID.self),
                               name: try row.decode(column: "name", as: String.self),
                               email: try row.decode(column: "email", as: String.self),
                               expiresAt: try row.decode(column: "expires_at", as: Date.self))
    }

    /// Uses the invitation to set its person's password. The update names the invitation only
    /// while it is open, so of two uses at once one sets the password; nil when it was not open.
    public func acceptInvitation(tokenHash: String, passwordHash: String, now: Date) async throws -> UUID? {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            guard let row = try await sql.raw("""
                UPDATE staff_invitations SET used_at = \(bind: now)
                WHERE token_hash = \(bind: tokenHash) AND used_at IS NULL AND expires_at > \(bind: now)
                  AND staff_id IN (SELECT id FROM staff WHERE deactivated_at IS NULL)
                RETURNING staff_id
                """).first()
            else { return nil }
            let staff = try row.decode(column: "staff_id", as: UUID.self)
            try await sql.raw("UPDATE staff SET password_hash = \(bind: passwordHash) WHERE id = \(bind: staff)").run()
            return staff
        }
    }
}
