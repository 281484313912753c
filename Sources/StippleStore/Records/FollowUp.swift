import Foundation

/// A follow-up session booked from a journey.
public struct FollowUp: Sendable, Equatable, Codable {
    public enum Status: String, Sendable, Codable { case booked, cancelled }

    public var id: UUID
    public var journeyID: UUID
    public var clientID: UUID
    public var clinicID: UUID
    public var technicianID: UUID
    public var bookedBy: UUID
    public var sessionNumber: Int
    public var startsAt: Date
    public var endsAt: Date
    public var status: Status
    /// Set when an admin booked a date the spacing rule refused: why.
    public var overrideReason: String?

    /// How long a booked session holds its technician: an SMP session takes two to four hours.
    public static let standardLength: TimeInterval = 3 * 3600
}

extension FollowUp {
    static let table = "follow_ups"
}
