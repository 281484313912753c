import Foundation

/// The staff member behind a working API token, and what the token's last use was.
public struct TokenHolder: Sendable {
    public var staff: StaffMember
    public var tokenID: UUID
    public var lastUsedAt: Date?
}
