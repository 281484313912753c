import Foundation
import StippleCore

/// One client on the healing dashboard: their latest journey and what it needs.
public struct DashboardRow: Sendable, Equatable {
    public var journeyID: UUID
    public var clientID: UUID
    public var clientName: String
    public var clinicID: UUID
    public var technicianID: UUID?
    public var technicianName: String?
    public var sessionDate: LocalDate
    public var timeZone: String
    public var lastCheckInAt: Date?
    public var lastCheckInDay: Int?
    public var lastTier: TriageTier?
    /// The start of the next booked session, if any.
    public var nextSessionAt: Date?
    /// The number of the journey's session.
    public var sessionNumber: Int
    /// The client's treatment plan as staff set it; nil follows the protocol's default.
    public var plan: TreatmentPlan?
}
