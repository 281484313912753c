import Foundation
import StippleCore

// Plain values the store returns: what the rest of the product sees of the database. Fluent
// models stay inside this module.

public struct Clinic: Sendable, Equatable, Codable {
    public var id: UUID
    public var name: String
    public var address: String
    /// ISO 3166-1 alpha-2, e.g. GB, JE, NL.
    public var country: String
    /// IANA time zone, e.g. Europe/London.
    public var timeZone: String
    public var language: Language
    public var emergencyNumber: String
    /// Where clients get same-day urgent care (a fever, fast-spreading redness): not an
    /// emergency call. In the clinic's language.
    public var urgentCareAdvice: String
    public var protocolVersion: String
    /// How clients reach the clinic.
    public var phone: String?
    public var email: String?
    /// When reminders may reach the clinic's clients.
    public var reminders = ReminderSettings()
    /// How fast the clinic answers an alert, by tier.
    public var alertTargets = AlertTargets()
}

public enum StaffRole: String, Sendable, Codable, CaseIterable {
    /// The whole chain.
    case admin
    /// A clinic's lead technician.
    case leadTechnician = "lead-technician"
    case technician
    /// Bookings and contact details; no health data.
    case reception

    public var isTechnician: Bool { self == .leadTechnician || self == .technician }
}

public struct StaffMember: Sendable, Equatable, Codable {
    public var id: UUID
    /// Nil for chain-wide admins.
    public var clinicID: UUID?
    public var name: String
    public var role: StaffRole
    /// Licence or registration number (technicians).
    public var licenceNumber: String?

    public init(id: UUID, clinicID: UUID?, name: String, role: StaffRole, licenceNumber: String?) {
        self.id = id; self.clinicID = clinicID; self.name = name; self.role = role; self.licenceNumber = licenceNumber
    }
}

public enum Funding: String, Sendable, Codable, CaseIterable {
    case `private`
    /// A public-health route where treatment is medically necessary (e.g. scar cover after injury).
    case nhsReferral = "nhs-referral"
}

public struct ClientRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var clinicID: UUID
    public var fullName: String
    public var dateOfBirth: LocalDate
    /// Who checked the client's identity document, and on which day.
    public var idCheckedBy: UUID
    public var idCheckedOn: LocalDate
    public var email: String?
    public var phone: String?
    public var hairLossCondition: HairLossCondition
    public var sex: ClientFactors.Sex?
    public var skinType: Int?
    public var oilySkin: Bool
    public var thickSkin: Bool
    public var friction: [FrictionRisk]
    public var screening: ScreeningAnswers
    public var funding: Funding
    public var referral: String?
    public var createdAt: Date
}

public enum Bleeding: String, Sendable, Codable, CaseIterable {
    case none, minor, moderate, heavy
}

public struct TreatmentSession: Sendable, Equatable, Codable {
    public var id: UUID
    public var clientID: UUID
    public var clinicID: UUID
    public var technicianID: UUID
    /// 1 for the first session of the client's treatment.
    public var sessionNumber: Int
    public var startedAt: Date
    public var endedAt: Date
    public var zones: [TreatmentZone]
    public var needleType: String
    public var needleSize: String
    public var depth: ClientFactors.NeedleDepth
    /// Dots per square centimetre, as charted.
    public var dotDensity: Int?
    public var pigmentProduct: String
    public var pigmentBatch: String
    public var anaesthetic: String?
    public var painRelief: [String]
    public var breaks: Int
    public var painReported: Int?
    public var bleeding: Bleeding
    public var notes: String?
}

/// The healing journey a session starts. Its timeline, estimate and advice are computed by the
/// engine from this, the client, the session and the check-ins.
public struct JourneyRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var sessionID: UUID
    public var clientID: UUID
    public var clinicID: UUID
    /// Day 0, on the clinic's wall calendar.
    public var sessionDate: LocalDate
    public var timeZone: String
    public var protocolVersion: String
}

public struct StoredCheckIn: Sendable, Equatable, Codable {
    public var id: UUID
    public var journeyID: UUID
    public var day: Int
    public var recordedAt: Date
    public var answers: CheckIn
    public var tier: TriageTier
    public var score: Int
    /// When a person at the clinic acknowledged the alert this check-in opened.
    public var seenAt: Date? = nil
}
