import Foundation
import StippleCore
import StippleStore

/// A screening entered by staff over the API, from the client's answers: the questionnaire's
/// fields, and the skin assessment beside them.
struct ScreeningEntryInput: Decodable {
    var hairLossCondition: String?
    var sex: String?
    var oilySkin: Bool?
    var friction: [String]?
    var screening: ScreeningAnswers?
    var skinType: Int?
    var thickSkin: Bool?

    func validated() throws -> (response: ScreeningResponse, skinType: Int?, thickSkin: Bool) {
        guard var answers = screening else { throw APIError.invalid("screening", "is required with the other health fields") }
        guard let hairLossCondition else { throw APIError.invalid("hairLossCondition", "is required with the screening") }
        if let skinType, !(1...6).contains(skinType) { throw APIError.invalid("skinType", "must be a Fitzpatrick type from 1 to 6") }
        answers.allergies = try PlainText.note(answers.allergies, field: "screening.allergies", maximum: 1000)
        let friction = try (friction ?? []).enumerated().map { try FrictionRisk.parse($1, field: "friction[\($0)]") }
        let response = ScreeningResponse(
            answers: answers, condition: try HairLossCondition.parse(hairLossCondition, field: "hairLossCondition"),
            sex: try sex.map { try ClientFactors.Sex.parse($0, field: "sex") }, oilySkin: oilySkin ?? false, friction: friction)
        return (response, skinType, thickSkin ?? false)
    }
}
