import Foundation
import StippleCore
import StippleStore

/// The questionnaire's form as sent (on the client's phone or the clinic's tablet), read into
/// a response: every yes-or-no question answered, the reason for treatment chosen, and the
/// client's typed name matching the name on their record.
struct ScreeningForm {
    /// The form's values as sent, to show again beside a problem.
    var values: [String: String] = [:]
    var problem: String?
    var field: String?

    init(values: [String: String] = [:]) { self.values = values }

    /// Each friction is a checkbox of its own, `friction-hat` and so on.
    static func frictionField(_ risk: FrictionRisk) -> String { "friction-\(risk.rawValue)" }

    /// The name as typed, without the spaces around it.
    var confirmedName: String { (values[Self.nameField] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }

    var friction: [FrictionRisk] { FrictionRisk.allCases.filter { values[Self.frictionField($0)] == "yes" } }

    static let allergiesField = "allergies", conditionField = "condition", sexField = "sex", oilyField = "oilySkin"
    static let nameField = "confirmedName"

    /// The response, or nil with `problem` and `field` set.
    mutating func response(confirming fullName: String, language: Language) -> ScreeningResponse? {
        let q = ScreeningQuestionnaire.current
        var answers = ScreeningAnswers()
        for question in q.questions {
            switch values[question.field] {
            case "yes": answers[keyPath: ScreeningAnswers.flags[question.field]!] = true
            case "no": break
            default: return refuse(question.field, ScreeningText.text(language, "Answer every question: yes or no.",
                                                                       "Beantwoord elke vraag: ja of nee."))
            }
        }
        do {
            answers.allergies = try PlainText.note(values[Self.allergiesField], field: Self.allergiesField, maximum: 1000)
        } catch {
            return refuse(Self.allergiesField, ScreeningText.text(language, "Keep the allergies to 1,000 characters of plain text.",
                                                                  "Houd de allergieën bij 1000 tekens gewone tekst."))
        }
        guard let condition = HairLossCondition(rawValue: values[Self.conditionField] ?? "") else {
            return refuse(Self.conditionField, ScreeningText.text(language, "Choose the reason for your treatment.",
                                                                  "Kies waarvoor je behandeld wilt worden."))
        }
        let sexText = values[Self.sexField] ?? ""
        guard sexText.isEmpty || ClientFactors.Sex(rawValue: sexText) != nil else {
            return refuse(Self.sexField, ScreeningText.text(language, "Choose one of the options, or none.", "Kies een van de opties, of geen."))
        }
        guard let oily = ["yes": true, "no": false][values[Self.oilyField] ?? ""] else {
            return refuse(Self.oilyField, ScreeningText.text(language, "Answer every question: yes or no.",
                                                             "Beantwoord elke vraag: ja of nee."))
        }
        guard TypedName.matches(values[Self.nameField] ?? "", fullName) else {
            return refuse(Self.nameField, ScreeningText.text(language, "Type your full name as the clinic has it: \(fullName).",
                                                             "Typ je volledige naam zoals de kliniek die heeft: \(fullName)."))
        }
        return ScreeningResponse(answers: answers, condition: condition, sex: ClientFactors.Sex(rawValue: sexText),
                                 oilySkin: oily, friction: friction)
    }

    private mutating func refuse(_ field: String, _ message: String) -> ScreeningResponse? {
        problem = message
        self.field = field
        return nil
    }
}
