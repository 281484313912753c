import Foundation
import StippleCore
import StippleStore
import Vapor

/// The details for a held time: who is coming, how to reach them, their date of birth (18 and
/// over) and what brings them. Every problem is listed at the top and at its field.
enum BookingFormPage {
    static func render(lang: SiteLanguage, clinic: Clinic, zone: TimeZone, hold: Booking, token: String, values: [String: String],
                       problems: [BookingProblem], base: String) -> Response {
        let l = lang.language
        let meta = PublicPageLayout.Meta(title: lang.t("Your details – \(clinic.name)", "Je gegevens – \(clinic.name)"),
                                         description: lang.t("Book a free consultation.", "Boek een gratis consult."),
                                         paths: nil, isPrivate: true)
        let byField = Dictionary(grouping: problems, by: \.field)
        return PublicPageLayout.page(meta, lang: lang, base: base, status: problems.isEmpty ? .ok : .unprocessableEntity) {
            el("h1") { lang.t("Your details", "Je gegevens") }
            el("section", .class("notice")) {
                el("p", .class("stage")) { "\(BookingText.appointment(hold.kind, l)): \(BookingText.when(hold.startsAt, zone, l))" }
                el("p") { "\(clinic.name), \(clinic.address) · \(BookingText.mode(hold.mode, l))" }
                if let until = hold.holdExpiresAt {
                    el("p", .class("muted")) {
                        lang.t("We keep this time for you until \(BookingText.clock(until, zone)).",
                               "We houden deze tijd voor je vrij tot \(BookingText.clock(until, zone)).")
                    }
                }
            }
            if !problems.isEmpty {
                el("section", .class("error-summary"), .init("role", "alert"), .aria("labelledby", "problems")) {
                    el("h2", .id("problems")) { lang.t("Please check", "Controleer even") }
                    el("ul") {
                        for p in problems { el("li") { el("a", .href("#\(p.field)")) { BookingText.problem(p, l) } } }
                    }
                }
            }
            el("form", .init("method", "post"), .init("action", PublicRoute.book.path(lang.rawValue, token))) {
                field("fullName", lang.t("Your name", "Je naam"), type: "text", autocomplete: "name", values, byField, l)
                field("email", lang.t("Email address", "E-mailadres"), type: "email", autocomplete: "email", values, byField, l)
                field("phone", lang.t("Mobile number", "Mobiel nummer"), type: "tel", autocomplete: "tel", values, byField, l,
                      hint: lang.t("An email address or a mobile number is enough: we send the confirmation there.",
                                   "Een e-mailadres of mobiel nummer is genoeg: daar sturen we de bevestiging heen."))
                field("dateOfBirth", lang.t("Date of birth", "Geboortedatum"), type: "date", autocomplete: "bday", values, byField, l,
                      hint: lang.t("SMP is for people aged 18 and over.", "SMP is voor mensen van 18 jaar en ouder."))
                el("fieldset", .id("concern")) {
                    el("legend") { lang.t("What brings you to us?", "Waarvoor kom je?") }
                    errors("concern", byField, l)
                    for concern in ConsultationConcern.allCases {
                        el("label") {
                            if values["concern"] == concern.rawValue {
                                el("input", .type("radio"), .name("concern"), .value(concern.rawValue), .flag("checked"))
                            } else {
                                el("input", .type("radio"), .name("concern"), .value(concern.rawValue))
                            }
                            BookingText.concern(concern, l)
                        }
                    }
                }
                el("label", .for("language")) { lang.t("Language for our messages", "Taal van onze berichten") }
                el("select", .id("language"), .name("language")) {
                    for option in Language.allCases {
                        if (values["language"] ?? lang.language.rawValue) == option.rawValue {
                            el("option", .value(option.rawValue), .flag("selected")) { option == .nlNL ? "Nederlands" : "English" }
                        } else {
                            el("option", .value(option.rawValue)) { option == .nlNL ? "Nederlands" : "English" }
                        }
                    }
                }
                el("label", .for("note")) { lang.t("Anything you would like us to know (optional)", "Wil je nog iets kwijt? (optioneel)") }
                errors("note", byField, l)
                el("textarea", .id("note"), .name("note"), .init("rows", "3"), .init("maxlength", "1000")) { values["note"] ?? "" }
                PublicForm.trap(lang)
                el("p") {
                    el("button", .type("submit"), .class("button")) { lang.t("Book my free consultation", "Boek mijn gratis consult") }
                }
                el("p", .class("muted")) {
                    lang.t("We use your details only to arrange your consultation.",
                           "We gebruiken je gegevens alleen voor je consult.")
                }
            }
        }
    }

    private static func field(_ name: String, _ label: String, type: String, autocomplete: String, _ values: [String: String],
                              _ problems: [String: [BookingProblem]], _ l: Language, hint: String? = nil) -> HTMLNode {
        .fragment([
            el("label", .for(name)) { label },
            hint.map { h in el("p", .class("hint"), .id("\(name)-hint")) { h } } ?? .fragment([]),
            errors(name, problems, l),
            el("input", attributes: [.type(type), .id(name), .name(name), .value(values[name] ?? ""), .init("autocomplete", autocomplete),
                                     .aria("invalid", problems[name] == nil ? "false" : "true"),
                                     hint == nil ? nil : .aria("describedby", "\(name)-hint")]),
        ])
    }

    private static func errors(_ name: String, _ problems: [String: [BookingProblem]], _ l: Language) -> HTMLNode {
        .fragment((problems[name] ?? []).map { p in el("p", .class("error")) { BookingText.problem(p, l) } })
    }
}
