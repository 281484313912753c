import Foundation

/// What recording a consent changed beside the record, in the same transaction.
public struct ConsentEffects: Sendable, Equatable {
    /// Reminders of the client stopped by a withdrawal of healing messages (kept, as cancelled).
    public var remindersCancelled = 0
    /// Reminders stopped that way and not yet due, scheduled again when the consent is given again.
    public var remindersRestored = 0
    /// Photos taken out of the record by a withdrawal of photos in the record: their rows are
    /// gone; the files they named are for the caller to delete once nothing else names them.
    public var photosRemoved: [RemovedPhoto] = []

    public struct RemovedPhoto: Sendable, Equatable {
        public var sha256: String
        public var contentType: String
        /// Another row (another check-in sent the same bytes) still names the file.
        public var fileStillUsed: Bool
    }
}
