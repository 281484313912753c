import Foundation

/// An open invitation: whom it is for, the email they will sign in with, and when it ends.
public struct StaffInvitation: Sendable, Equatable {
    public var staffID: UUID
    public var name: String
    public var email: String
    public var expiresAt: Date
}
