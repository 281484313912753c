import Foundation
import StippleCore
import StippleStore

/// A client to register over the API. Identity, the age check, contact and preferences are
/// what reception records; a technician may send the screening answers with them (health data:
/// `screening` and `hairLossCondition` together, and the skin).
struct ClientInput: Decodable {
    var clinicID: UUID
    var fullName: String
    var dateOfBirth: String
    /// The staff member who checked the identity document; the caller when omitted.
    var idCheckedBy: UUID?
    var idCheckedOn: String
    var idDocument: String
    var email: String?
    var phone: String?
    /// The clinic's language when omitted.
    var preferredLanguage: String?
    /// Email when there is an email address, else SMS, when omitted.
    var preferredChannel: String?
    var funding: String?
    var referral: String?
    var hairLossCondition: String?
    var sex: String?
    var skinType: Int?
    var oilySkin: Bool?
    var thickSkin: Bool?
    var friction: [String]?
    var screening: ScreeningAnswers?

    /// Whether the body carries health data, which only staff with health access may send.
    var carriesHealthData: Bool {
        screening != nil || hairLossCondition != nil || sex != nil || skinType != nil || oilySkin != nil || thickSkin != nil
            || friction != nil
    }

    func validated(checkedBy caller: UUID, today: LocalDate, clinicLanguage: Language) throws -> NewClient {
        let name = try PlainText.line(fullName, field: "fullName")
        guard let born = LocalDate(iso: dateOfBirth) else { throw APIError.invalid("dateOfBirth", "must be a date as YYYY-MM-DD") }
        guard let checked = LocalDate(iso: idCheckedOn) else { throw APIError.invalid("idCheckedOn", "must be a date as YYYY-MM-DD") }
        try RegistrationCheck.identity(born: born, checkedOn: checked, today: today)
        let document = try IdentityDocument.parse(idDocument, field: "idDocument")
        let email = try email.map { try EmailAddress($0, field: "email").text }
        let phone = try phone.map { try PlainText.phone($0, field: "phone") }
        let language = try preferredLanguage.map { try Language.parse($0, field: "preferredLanguage") } ?? clinicLanguage
        let channel = try preferredChannel.map { try ContactChannel.parse($0, field: "preferredChannel") }
        try RegistrationCheck.contact(email: email, phone: phone, channel: channel)
        let referral = try PlainText.note(referral, field: "referral", maximum: 1000)
        return NewClient(
            clinicID: clinicID, fullName: name, dateOfBirth: born, idCheckedBy: idCheckedBy ?? caller, idCheckedOn: checked,
            idDocument: document, email: email, phone: phone, preferredLanguage: language, preferredChannel: channel,
            funding: try funding.map { try Funding.parse($0, field: "funding") } ?? .private, referral: referral)
    }

    /// The screening sent with the client, entered by staff, or nil; the skin assessment beside it.
    func screeningResponse() throws -> (response: ScreeningResponse, skinType: Int?, thickSkin: Bool)? {
        guard carriesHealthData else { return nil }
        return try ScreeningEntryInput(hairLossCondition: hairLossCondition, sex: sex, oilySkin: oilySkin, friction: friction,
                                       screening: screening, skinType: skinType, thickSkin: thickSkin).validated()
    }
}
