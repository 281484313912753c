import Foundation

/// A stretch of time between two instants, the end excluded: a booking, its buffers, time off.
public struct TimeRange: Sendable, Equatable, Hashable, Codable {
    public var start: Date
    public var end: Date

    public init(start: Date, end: Date) {
        self.start = start
        self.end = end
    }

    public func overlaps(_ other: TimeRange) -> Bool { start < other.end && other.start < end }

    public func contains(_ other: TimeRange) -> Bool { start <= other.start && other.end <= end }
}
