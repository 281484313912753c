import Foundation

/// What the login form needs of a staff member: who they are, their password hash, and whether
/// failed attempts have locked them out for now.
public struct StaffLogin: Sendable {
    public var staff: StaffMember
    public var email: String
    public var passwordHash: String
    public var failedLogins: Int
    public var lockedUntil: Date?
}
