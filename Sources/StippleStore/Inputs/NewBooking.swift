import Foundation
import StippleCore

/// A slot to hold, or a booking to make at once (the API): `request` nil holds the slot for the
/// form until `holdExpiresAt`; with `request` it is booked.
public struct NewBooking: Sendable {
    public var id: UUID
    public var clinicID: UUID
    public var technicianID: UUID
    public var type: AppointmentType
    public var mode: ConsultationMode
    public var startsAt: Date
    public var language: Language
    public var request: ConsultationRequest?
    public var holdExpiresAt: Date?
    /// The hold's token, hashed: the form's address while it is filled in.
    public var holdTokenHash: String?

    public init(id: UUID = UUID(), clinicID: UUID, technicianID: UUID, type: AppointmentType, mode: ConsultationMode = .inPerson,
                startsAt: Date, language: Language, request: ConsultationRequest? = nil, holdExpiresAt: Date? = nil,
                holdTokenHash: String? = nil) {
        self.id = id; self.clinicID = clinicID; self.technicianID = technicianID; self.type = type; self.mode = mode
        self.startsAt = startsAt; self.language = language; self.request = request; self.holdExpiresAt = holdExpiresAt
        self.holdTokenHash = holdTokenHash
    }

    public var endsAt: Date { startsAt + TimeInterval(type.minutes * 60) }
    public var held: TimeRange { Availability.held(startsAt, type) }
}
