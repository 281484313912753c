import FluentKit
import Foundation

final class ClientModel: Model, @unchecked Sendable {
    static let schema = "clients"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // reference fields
    @Parent(key: "clinic_id") var clinic: ClinicModel
    @Parent(key: "id_checked_by") var idCheckedBy: StaffModel

    // data fields
    @Field(key: "full_name") var fullName: String
    @Field(key: "date_of_birth") var dateOfBirth: String
    @Field(key: "id_checked_on") var idCheckedOn: String
    @OptionalField(key: "email") var email: String?
    @OptionalField(key: "phone") var phone: String?
    @Field(key: "hair_loss_condition") var hairLossCondition: String
    @OptionalField(key: "sex") var sex: String?
    @OptionalField(key: "skin_type") var skinType: Int?
    @Field(key: "oily_skin") var oilySkin: Bool
    @Field(key: "thick_skin") var thickSkin: Bool
    /// Comma-separated friction risks.
    @Field(key: "friction") var friction: String
    /// The screening answers as JSON: read and written whole, never queried by field.
    @Field(key: "screening") var screening: String
    @Field(key: "funding") var funding: String
    @OptionalField(key: "referral") var referral: String?

    init() {}
}
