import Foundation

public struct PlannedReminder: Sendable, Equatable {
    public var kind: ReminderKind
    public var day: Int
    public var dueAt: Date

    public init(kind: ReminderKind, day: Int, dueAt: Date) {
        self.kind = kind
        self.day = day
        self.dueAt = dueAt
    }
}
