import Foundation
import StippleCore

/// A reminder's state as staff see it on the journey.
public struct ReminderRecord: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable {
        case scheduled, sending, sent, failed, skipped
        /// Stopped for good by something outside the reminder, the reason kept (the client withdrew
        /// consent to healing messages, or never gave it).
        case cancelled
    }

    public var id: UUID
    public var journeyID: UUID
    public var kind: ReminderKind
    public var day: Int
    public var dueAt: Date
    public var status: Status
    public var attempts: Int
    /// Why it failed, was skipped, or is being retried.
    public var lastError: String?
    public var sentAt: Date?
}
