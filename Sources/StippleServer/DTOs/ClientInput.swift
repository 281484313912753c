import Foundation
import StippleCore
import StippleStore

struct ClientInput: Decodable {
    var clinicID: UUID
    var fullName: String
    var dateOfBirth: String
    /// The staff member who checked the identity document; the caller when omitted.
    var idCheckedBy: UUID?
    var idCheckedOn: String
    var email: String?
    var phone: String?
    var hairLossCondition: String
    var sex: String?
    var skinType: Int?
    var oilySkin: Bool?
    var thickSkin: Bool?
    var friction: [String]?
    var screening: ScreeningAnswers
    var funding: String?
    var referral: String?

    func validated(checkedBy caller: UUID, today: LocalDate) throws -> NewClient {
        let name = try PlainText.line(fullName, field: "fullName")
        guard let born = LocalDate(iso: dateOfBirth) else { throw APIError.invalid("dateOfBirth", "must be a date as YYYY-MM-DD") }
        guard let checked = LocalDate(iso: idCheckedOn) else { throw APIError.invalid("idCheckedOn", "must be a date as YYYY-MM-DD") }
        guard checked <= today else { throw APIError.invalid("idCheckedOn", "cannot be in the future") }
        guard born < today else { throw APIError.invalid("dateOfBirth", "must be in the past") }
        let age = AgeCheck.age(born: born, on: today)
        guard age >= AgeCheck.minimumAge else {
            throw APIError.invalid("dateOfBirth", "the client is \(age); SMP is only for clients aged \(AgeCheck.minimumAge) or over")
        }
        guard age <= 120 else { throw APIError.invalid("dateOfBirth", "is not a plausible date of birth") }
        let email = try email.map { try EmailAddress($0, field: "email").text }
        let phone = try phone.map { try PlainText.phone($0, field: "phone") }
        if let skinType, !(1...6).contains(skinType) { throw APIError.invalid("skinType", "must be a Fitzpatrick type from 1 to 6") }
        var screening = screening
        screening.allergies = try PlainText.note(screening.allergies, field: "screening.allergies", maximum: 1000)
        let referral = try PlainText.note(referral, field: "referral", maximum: 1000)
        let friction = try (friction ?? []).enumerated().map { try FrictionRisk.parse($1, field: "friction[\($0)]") }
        return NewClient(
            clinicID: clinicID, fullName: name, dateOfBirth: born, idCheckedBy: idCheckedBy ?? caller, idCheckedOn: checked,
            email: email, phone: phone, hairLossCondition: try HairLossCondition.parse(hairLossCondition, field: "hairLossCondition"),
            sex: try sex.map { try ClientFactors.Sex.parse($0, field: "sex") }, skinType: skinType,
            oilySkin: oilySkin ?? false, thickSkin: thickSkin ?? false, friction: friction, screening: screening,
            funding: try funding.map { try Funding.parse($0, field: "funding") } ?? .private, referral: referral)
    }
}
