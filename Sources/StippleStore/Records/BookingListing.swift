/// A booking on a staff list: with its technician's name and its clinic's name and time zone.
public struct BookingListing: Sendable, Equatable {
    public var booking: Booking
    public var technicianName: String
    public var clinicName: String
    public var timeZone: String
    /// Whether the booker answered the health questions before the consultation.
    public var screened: Bool
}
