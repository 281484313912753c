import Foundation
import StippleCore

/// A day a clinic is closed, or a stretch of a technician's time off, as the schedule page lists them.
public struct ScheduleException: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case closure(LocalDate)
        case timeOff(staff: UUID, staffName: String, TimeRange)
    }

    public var id: UUID
    public var kind: Kind
    public var reason: String?
}
