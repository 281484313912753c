import Foundation
import StippleCore

/// A client of a clinic: identity, how the age was checked, and how to reach them. Health data
/// (the screening, the skin) is `ClientHealth`, read apart, so reception's reads never hold it.
public struct ClientRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var clinicID: UUID
    public var fullName: String
    public var dateOfBirth: LocalDate
    /// Who checked the client's identity document, on which day, and which kind it was (nil for
    /// clients registered before the kind was recorded).
    public var idCheckedBy: UUID
    public var idCheckedOn: LocalDate
    public var idDocument: IdentityDocument?
    public var email: String?
    public var phone: String?
    public var preferredLanguage: Language
    public var preferredChannel: ContactChannel
    public var funding: Funding
    public var referral: String?
    public var createdAt: Date
}

extension ClientRecord: StoredRecord {
    static let table = "clients"

    /// The columns a client is read from, in `clients`.
    static let columns = [
        "id", "clinic_id", "full_name", "date_of_birth", "id_checked_by", "id_checked_on", "id_document", "email", "phone",
        "preferred_language", "preferred_channel", "funding", "referral", "created_at",
    ]

    init(_ r: StoredRow) throws {
        self.init(
            id: try r.value("id"), clinicID: try r.value("clinic_id"), fullName: try r.value("full_name"),
            dateOfBirth: try r.day("date_of_birth"), idCheckedBy: try r.value("id_checked_by"),
            idCheckedOn: try r.day("id_checked_on"), idDocument: try r.optionalCode("id_document"),
            email: try r.value("email"), phone: try r.value("phone"), preferredLanguage: try r.code("preferred_language"),
            preferredChannel: try r.code("preferred_channel"), funding: try r.code("funding"),
            referral: try r.value("referral"), createdAt: try r.value("created_at"))
    }
}

extension ClientRecord {
    /// The first word of the full name, to greet the client by.
    public var firstName: String { fullName.split(separator: " ").first.map(String.init) ?? fullName }

    /// The address a message on the client's chosen channel goes to, if they left one.
    public var preferredAddress: String? { preferredChannel == .email ? email : phone }
}
