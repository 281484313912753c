import Foundation
import StippleCore

/// The questionnaire as a form, in the client's language: on their phone (`ScreeningPage`) and
/// on the clinic's tablet (`TabletScreeningPage`). Every yes-or-no question is a pair of large
/// radio buttons; nothing needs JavaScript.
enum ScreeningQuestionsForm {
    static let problemID = "screening-problem"

    static func render(_ form: ScreeningForm, language: Language, action: String, csrf: String?) -> HTMLNode {
        let q = ScreeningQuestionnaire.current
        let yes = ScreeningText.text(language, "Yes", "Ja"), no = ScreeningText.text(language, "No", "Nee")
        return el("form", .init("method", "post"), .init("action", action), .id("screening-form")) {
            if let csrf { el("input", .type("hidden"), .name("_csrf"), .value(csrf)) }
            if let problem = form.problem {
                el("p", .class("error"), .id(problemID), .init("role", "alert")) { problem }
            }
            el("section") {
                el("h2") { ScreeningText.text(language, "Your health", "Je gezondheid") }
                for question in q.questions {
                    choice(question.field, question.text.text(language), [("yes", yes), ("no", no)], form: form)
                }
                textArea(ScreeningForm.allergiesField, q.allergies.text(language), form: form)
            }
            el("section") {
                el("h2") { ScreeningText.text(language, "Your scalp", "Je hoofdhuid") }
                choice(ScreeningForm.conditionField, q.condition.text(language),
                       q.conditions.map { ($0.0.rawValue, $0.1.text(language)) }, form: form)
                choice(ScreeningForm.oilyField, q.oilySkin.text(language), [("yes", yes), ("no", no)], form: form)
                el("fieldset", .id("friction")) {
                    el("legend") { q.friction.text(language) }
                    for (risk, text) in q.frictions {
                        el("label") {
                            el("input", attributes: [.type("checkbox"), .name(ScreeningForm.frictionField(risk)), .value("yes"),
                                                     form.friction.contains(risk) ? .flag("checked") : nil])
                            text.text(language)
                        }
                    }
                }
                choice(ScreeningForm.sexField, q.sex.text(language),
                       q.sexes.map { ($0.0.rawValue, $0.1.text(language)) }, form: form, required: false)
            }
            el("section") {
                el("h2") { ScreeningText.text(language, "Confirm", "Bevestigen") }
                el("p", .id("confirmation-hint")) { q.confirmation.text(language) }
                let wrong = form.field == ScreeningForm.nameField
                el("label", .for(ScreeningForm.nameField)) { ScreeningText.text(language, "Your full name", "Je volledige naam") }
                el("input", attributes: [.type("text"), .id(ScreeningForm.nameField), .name(ScreeningForm.nameField),
                                         .value(form.values[ScreeningForm.nameField] ?? ""), .init("maxlength", "200"),
                                         .init("autocomplete", "name"), .flag("required"),
                                         .aria("describedby", wrong ? problemID : "confirmation-hint"),
                                         wrong ? .aria("invalid", "true") : nil])
                el("p", .class("version")) { "\(ScreeningText.text(language, "Questionnaire", "Vragenlijst")) \(q.version)" }
                el("button", .type("submit"), .class("button")) { ScreeningText.text(language, "Send my answers", "Verstuur mijn antwoorden") }
            }
        }
    }

    private static func choice(_ field: String, _ legend: String, _ options: [(String, String)], form: ScreeningForm,
                               required: Bool = true) -> HTMLNode {
        let wrong = form.field == field
        return el("fieldset", attributes: [.id(field), wrong ? .aria("describedby", problemID) : nil,
                                           wrong ? .class("invalid") : nil]) {
            el("legend") { legend }
            for (value, text) in options {
                el("label") {
                    el("input", attributes: [.type("radio"), .name(field), .value(value),
                                             form.values[field] == value ? .flag("checked") : nil,
                                             required ? .flag("required") : nil])
                    text
                }
            }
        }
    }

    private static func textArea(_ field: String, _ label: String, form: ScreeningForm) -> HTMLNode {
        let wrong = form.field == field
        return el("p") {
            el("label", .for(field)) { label }
            el("textarea", attributes: [.id(field), .name(field), .init("rows", "2"), .init("maxlength", "1000"),
                                        wrong ? .aria("invalid", "true") : nil, wrong ? .aria("describedby", problemID) : nil]) {
                form.values[field] ?? ""
            }
        }
    }
}
