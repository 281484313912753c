import StippleCore

/// The time cannot be booked: why, as the availability rule (or, in a race, the database) says.
public struct BookingRefused: Error, Equatable {
    public var refusal: BookingRefusal
    public init(_ refusal: BookingRefusal) { self.refusal = refusal }
}
