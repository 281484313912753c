import Foundation

/// A technician's own week on the clinic's clock: the hours they work and their breaks. A
/// technician without one works the clinic's opening hours with no breaks; with one, only its
/// hours, and only where the clinic is open too (`Availability`).
public struct TechnicianHours: Sendable, Equatable {
    public var working: OpeningHours
    public var breaks: OpeningHours

    public init(working: OpeningHours, breaks: OpeningHours = OpeningHours()) {
        self.working = working
        self.breaks = breaks
    }

    /// Problems by field (`workingHours.monday`, `breaks.monday`), empty when the week is usable:
    /// at least one working day, each period within its day and apart from the others, and each
    /// break inside a working period of its day.
    public func problems() -> [FieldError] {
        var out = working.problems(field: "workingHours") + breaks.problems(field: "breaks")
        if working.isEmpty { out.append(FieldError(field: "workingHours", message: "give the hours of at least one day")) }
        for day in OpeningHours.Weekday.allCases {
            for pause in breaks.hours(day) where !working.hours(day).contains(where: { $0.opens <= pause.opens && pause.closes <= $0.closes }) {
                out.append(FieldError(field: "breaks.\(day.rawValue)",
                                      message: "the break \(pause.text) must fall within the hours worked that day"))
            }
        }
        return out
    }

    /// Whether `appointment` falls within a period worked on its day on the clinic's clock, clear
    /// of the breaks: the question for what was booked before the week changed.
    public func covers(_ appointment: TimeRange, in zone: TimeZone) -> Bool {
        let date = LocalDate(appointment.start, in: zone)
        return Availability.ranges(working, on: date, zone: zone).contains { $0.contains(appointment) }
            && !Availability.ranges(breaks, on: date, zone: zone).contains { $0.overlaps(appointment) }
    }
}
