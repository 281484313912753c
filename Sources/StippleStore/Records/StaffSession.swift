import Foundation

/// A signed-in staff member's session, found by the hash of the cookie's value.
public struct StaffSession: Sendable {
    public var staff: StaffMember
    /// The synchroniser token every form of this session must send back.
    public var csrfToken: String
    public var expiresAt: Date
}

extension StaffSession {
    static let table = "staff_sessions"
}
