import Foundation
import StippleCore

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
