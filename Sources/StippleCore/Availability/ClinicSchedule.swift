import Foundation

/// When a clinic takes appointments: its weekly opening hours on its own clock, and the days it
/// is closed (holidays, closures).
public struct ClinicSchedule: Sendable, Equatable {
    public var timeZone: TimeZone
    public var openingHours: OpeningHours
    public var closedOn: Set<LocalDate>

    public init(timeZone: TimeZone, openingHours: OpeningHours, closedOn: Set<LocalDate> = []) {
        self.timeZone = timeZone
        self.openingHours = openingHours
        self.closedOn = closedOn
    }
}
