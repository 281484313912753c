import Foundation

/// A time a technician can take an appointment.
public struct Slot: Sendable, Equatable, Hashable, Codable {
    public var technicianID: UUID
    public var start: Date
    public var end: Date
    /// What booking it keeps the technician for: the appointment and its buffers.
    public var held: TimeRange
}
