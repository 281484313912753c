/// What a message about a booking says.
public enum BookingMessageKind: String, Sendable, Codable, CaseIterable {
    /// Booked: the time, the calendar file and the manage link.
    case confirmation = "booking-confirmation"
    /// Moved: the new time, the calendar file's new version and the new manage link.
    case rescheduled = "booking-rescheduled"
    /// Cancelled: the calendar file that takes it out of the calendar.
    case cancelled = "booking-cancelled"
    /// A day before.
    case reminder = "booking-reminder"
    /// From the waiting list: an earlier time, held for half an hour, and the link to take it.
    case waitlistOffer = "booking-waitlist-offer"
    /// Sent with the confirmation: the link to the health questions to answer before the visit.
    case screeningLink = "booking-screening-link"
}
