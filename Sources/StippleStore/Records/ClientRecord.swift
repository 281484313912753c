import Foundation
import StippleCore

/// A client of a clinic: identity, contact, what the healing estimate needs, and the screening.
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

extension ClientRecord: StoredRecord {
    static let table = "clients"

    /// The columns a client is read from, in `clients`.
    static let columns = [
        "id", "clinic_id", "full_name", "date_of_birth", "id_checked_by", "id_checked_on", "email", "phone",
        "hair_loss_condition", "sex", "skin_type", "oily_skin", "thick_skin", "friction", "screening", "funding",
        "referral", "created_at",
    ]

    init(_ r: StoredRow) throws {
        self.init(
            id: try r.value("id"), clinicID: try r.value("clinic_id"), fullName: try r.value("full_name"),
            dateOfBirth: try r.day("date_of_birth"), idCheckedBy: try r.value("id_checked_by"),
            idCheckedOn: try r.day("id_checked_on"), email: try r.value("email"), phone: try r.value("phone"),
            hairLossCondition: try r.code("hair_loss_condition"), sex: try r.optionalCode("sex"),
            skinType: try r.value("skin_type"), oilySkin: try r.value("oily_skin"), thickSkin: try r.value("thick_skin"),
            friction: try r.codes("friction"), screening: try r.json("screening"), funding: try r.code("funding"),
            referral: try r.value("referral"), createdAt: try r.value("created_at"))
    }
}
