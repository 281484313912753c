import Foundation
import StippleCore
import StippleStore

/// Adding a person to the staff: an admin names them, their role, clinic and sign-in email; the
/// person sets their own password through a one-time link (a 256-bit token shown once, stored
/// hashed, ending after `days`). Nobody else ever knows the password.
struct StaffInvitations {
    static let days = 7

    let store: Store
    let now: Date
    let days: Int

    struct Invited {
        var member: StaffMember
        var token: String
    }

    /// Throws an `APIError` naming the field that stops it (`email` when another person signs in
    /// with it, 409), before anything is written.
    func invite(name: String, role: String, clinic: String, email: String, by admin: StaffMember) async throws -> Invited {
        try admin.requireRole(.admin, because: "only an admin adds people")
        let name = try PlainText.line(name, field: "name", maximum: 200)
        guard let role = StaffRole(rawValue: role) else {
            throw APIError.invalid("role", "must be one of technician, lead-technician, reception, admin")
        }
        var clinicID: UUID?
        if !clinic.isEmpty {
            guard let id = UUID(uuidString: clinic), try await store.clinic(id) != nil else {
                throw APIError.invalid("clinic", "must be a clinic of the list")
            }
            clinicID = id
        }
        if role == .admin, clinicID != nil { throw APIError.invalid("clinic", "an admin works for the whole chain: choose none") }
        if role != .admin, clinicID == nil { throw APIError.invalid("clinic", "choose the clinic this person works at") }
        let address = try EmailAddress(email, field: "email").text
        let token = SecretToken.generate()
        do {
            let member = try await store.inviteStaff(
                NewStaffMember(clinicID: clinicID, name: name, role: role), email: address, tokenHash: SecretToken.hash(token),
                invitedBy: admin.id, expiresAt: now.addingTimeInterval(Double(days) * 86_400), now: now)
            return Invited(member: member, token: token)
        } catch is EmailTaken {
            throw APIError(status: .conflict, code: "conflict", message: "another person signs in with this email", field: "email")
        }
    }

    /// The open invitation behind `token`, if any (a wrong, used or expired one reads as none).
    func open(_ token: String) async throws -> StaffInvitation? {
        try await store.openInvitation(tokenHash: SecretToken.hash(token), now: now)
    }
}
