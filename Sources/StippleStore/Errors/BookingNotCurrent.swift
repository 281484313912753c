/// A change asked of a booking through an old version of it (an old manage link, a hold that is
/// gone): the booking as it stands, or nil when nothing is left of it.
public struct BookingNotCurrent: Error {
    public var booking: Booking?
    public init(_ booking: Booking?) { self.booking = booking }
}
