import Foundation

/// Why an appointment cannot start at a time.
public enum BookingRefusal: Sendable, Equatable, Error {
    /// Less notice than the appointment needs: the earliest start there could be.
    case tooSoon(earliest: Date)
    /// Further ahead than the clinic books.
    case beyondHorizon
    /// A day the clinic is closed (a holiday, a closure, a day without opening hours).
    case closedDay
    /// Not within one of the day's opening periods, from start to end.
    case outsideOpeningHours
    /// Not one of the times the clinic offers (every 15 minutes from each opening).
    case notAStartTime
    /// Outside the technician's hours, in their break or their time off.
    case technicianUnavailable
    /// The technician is booked, or the slot held, within the appointment or its buffers.
    case taken
}
