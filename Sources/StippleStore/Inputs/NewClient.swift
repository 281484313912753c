import Foundation
import StippleCore

/// A client to register: identity, the age check, contact and preferences. No health data:
/// that comes with their screening (`NewScreening`).
public struct NewClient: Sendable {
    public var clinicID: UUID, fullName: String, dateOfBirth: LocalDate
    public var idCheckedBy: UUID, idCheckedOn: LocalDate, idDocument: IdentityDocument?
    public var email: String?, phone: String?
    public var preferredLanguage: Language, preferredChannel: ContactChannel
    public var funding: Funding, referral: String?

    public init(clinicID: UUID, fullName: String, dateOfBirth: LocalDate, idCheckedBy: UUID, idCheckedOn: LocalDate,
                idDocument: IdentityDocument? = nil, email: String? = nil, phone: String? = nil,
                preferredLanguage: Language = .enGB, preferredChannel: ContactChannel? = nil,
                funding: Funding = .private, referral: String? = nil) {
        self.clinicID = clinicID; self.fullName = fullName; self.dateOfBirth = dateOfBirth
        self.idCheckedBy = idCheckedBy; self.idCheckedOn = idCheckedOn; self.idDocument = idDocument
        self.email = email; self.phone = phone; self.preferredLanguage = preferredLanguage
        self.preferredChannel = preferredChannel ?? (email != nil || phone == nil ? .email : .sms)
        self.funding = funding; self.referral = referral
    }
}
