import Foundation

public struct NewFollowUp: Sendable {
    public var journeyID: UUID, clientID: UUID, clinicID: UUID, technicianID: UUID, bookedBy: UUID
    public var sessionNumber: Int, startsAt: Date, overrideReason: String?

    public init(journeyID: UUID, clientID: UUID, clinicID: UUID, technicianID: UUID, bookedBy: UUID,
                sessionNumber: Int, startsAt: Date, overrideReason: String?) {
        self.journeyID = journeyID; self.clientID = clientID; self.clinicID = clinicID; self.technicianID = technicianID
        self.bookedBy = bookedBy; self.sessionNumber = sessionNumber; self.startsAt = startsAt; self.overrideReason = overrideReason
    }
}
