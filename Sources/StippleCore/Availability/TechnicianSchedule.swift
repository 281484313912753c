import Foundation

/// When a technician can see a client: their weekly working hours and breaks on the clinic's
/// clock, their time off, and what is already booked or held (each with its buffers).
public struct TechnicianSchedule: Sendable, Equatable {
    public var technicianID: UUID
    public var workingHours: OpeningHours
    public var breaks: OpeningHours
    public var timeOff: [TimeRange]
    /// Booked appointments and held slots, each from its buffer before to its buffer after.
    public var busy: [TimeRange]

    public init(technicianID: UUID, workingHours: OpeningHours, breaks: OpeningHours = OpeningHours(),
                timeOff: [TimeRange] = [], busy: [TimeRange] = []) {
        self.technicianID = technicianID; self.workingHours = workingHours; self.breaks = breaks
        self.timeOff = timeOff; self.busy = busy
    }
}
