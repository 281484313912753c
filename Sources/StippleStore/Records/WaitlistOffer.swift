import Foundation

/// An earlier time offered from the waiting list: to whose booking, when, and until when it is held.
public struct WaitlistOffer: Sendable, Equatable {
    public enum Status: String, Sendable { case open, accepted, lapsed }

    public var id: UUID
    /// The booking of the person offered it.
    public var bookingID: UUID
    public var clinicID: UUID
    public var technicianID: UUID
    public var startsAt: Date
    public var expiresAt: Date
    public var status: Status
}
