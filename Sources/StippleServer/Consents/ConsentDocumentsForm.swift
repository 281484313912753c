import Foundation
import StippleCore
import StippleStore

/// The documents to sign as one form, in the client's language: each document's whole text
/// and a large tick of its own, then the typed name. For the tablet and the client's phone.
enum ConsentDocumentsForm {
    static let problemID = "consent-problem"

    static func render(_ documents: [ConsentDocument], language: Language, action: String, csrf: String?,
                       problem: String? = nil, field: String? = nil, typedName: String = "") -> HTMLNode {
        el("form", .init("method", "post"), .init("action", action), .id("consent-form")) {
            if let csrf { el("input", .type("hidden"), .name("_csrf"), .value(csrf)) }
            if let problem { el("p", .class("error"), .id(problemID), .init("role", "alert")) { problem } }
            for document in documents {
                el("section", .class("consent-document"), .id("document-\(document.kind.rawValue)")) {
                    el("h2") { document.title }
                    for paragraph in document.body.split(separator: "\n", omittingEmptySubsequences: true) {
                        el("p") { String(paragraph) }
                    }
                    el("p", .class("version")) {
                        ScreeningText.text(language, "Version", "Versie") + " \(document.version)"
                    }
                    el("label", .class("agree")) {
                        el("input", attributes: [.type("checkbox"), .name("agree-\(document.id.uuidString)"), .value("yes"),
                                                 field == "agree" ? .aria("describedby", problemID) : nil])
                        ScreeningText.text(language, "I agree", "Ik ga akkoord")
                    }
                }
            }
            el("section") {
                let wrong = field == "signerName"
                el("label", .for("signerName")) { ScreeningText.text(language, "Your full name", "Je volledige naam") }
                el("input", attributes: [.type("text"), .id("signerName"), .name("signerName"), .value(typedName),
                                         .init("maxlength", "200"), .init("autocomplete", "name"), .flag("required"),
                                         wrong ? .aria("invalid", "true") : nil, wrong ? .aria("describedby", problemID) : nil])
                el("p", .class("hint")) {
                    ScreeningText.text(language, "Typing your name signs the documents you ticked. You can withdraw each one at any time.",
                                       "Met je naam onderteken je de aangevinkte documenten. Je kunt elk ervan op elk moment intrekken.")
                }
                el("button", .type("submit"), .class("button")) { ScreeningText.text(language, "Sign", "Ondertekenen") }
            }
        }
    }

    /// The ticked documents' ids in a posted form.
    static func agreed(_ values: [String: String]) -> Set<UUID> {
        Set(values.compactMap { key, value in
            value == "yes" && key.hasPrefix("agree-") ? UUID(uuidString: String(key.dropFirst("agree-".count))) : nil
        })
    }
}
