import Foundation
import StippleCore
import Vapor

/// "Partner with us": what a partnership is, and the application form. After sending, the
/// same page thanks the applicant and says when they will hear back.
enum PartnerPage {
    static func render(lang: SiteLanguage, values: [String: String], problems: [String], sent: Bool, base: String) -> Response {
        let meta = PublicPageLayout.Meta(
            title: lang.t("Partner with Stipple – open an SMP clinic", "Partner worden van Stipple – open een SMP-kliniek"),
            description: lang.t("Open a scalp micropigmentation clinic with Stipple's training, protocol and systems.",
                                "Open een kliniek voor scalp micropigmentatie met de opleiding, het protocol en de systemen van Stipple."),
            paths: Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, PublicRoute.partners.path($0.rawValue)) }))
        return PublicPageLayout.page(meta, lang: lang, base: base, status: problems.isEmpty ? .ok : .unprocessableEntity) {
            el("h1") { lang.t("Partner with us", "Word partner") }
            if sent {
                el("section", .class("notice"), .init("role", "status")) {
                    el("h2") { lang.t("Thank you for applying", "Bedankt voor je aanmelding") }
                    el("p") {
                        lang.t("We answer every application within one working day.", "We reageren op elke aanmelding binnen één werkdag.")
                    }
                }
            }
            el("p") {
                lang.t("Partners open a Stipple clinic in their region with our training, our aftercare protocol and this system. "
                       + "Tell us about yourself; we will call you for an introduction.",
                       "Partners openen een Stipple-kliniek in hun regio met onze opleiding, ons nazorgprotocol en dit systeem. "
                       + "Vertel ons over jezelf; we bellen je voor een kennismaking.")
            }
            if !problems.isEmpty {
                el("section", .class("error-summary"), .init("role", "alert"), .aria("labelledby", "problems")) {
                    el("h2", .id("problems")) { lang.t("Please check", "Controleer even") }
                    el("ul") { for field in problems { el("li") { el("a", .href("#\(field)")) { problem(field, lang) } } } }
                }
            }
            el("form", .init("method", "post"), .init("action", PublicRoute.applyAsPartner.path(lang.rawValue))) {
                input("fullName", lang.t("Your name", "Je naam"), "text", "name", values, problems, lang)
                input("email", lang.t("Email address", "E-mailadres"), "email", "email", values, problems, lang)
                input("phone", lang.t("Phone number", "Telefoonnummer"), "tel", "tel", values, problems, lang)
                choice("country", lang.t("Country", "Land"), PartnerApplicationForm.countries.map { ($0, country($0, lang)) }, values, problems, lang)
                input("region", lang.t("Region or town", "Regio of plaats"), "text", "address-level2", values, problems, lang)
                choice("experience", lang.t("Your experience", "Je ervaring"),
                       PartnerExperience.allCases.map { ($0.rawValue, experience($0, lang)) }, values, problems, lang)
                el("label", .for("motivation")) { lang.t("Why would you like to open a clinic?", "Waarom wil je een kliniek openen?") }
                errors("motivation", problems, lang)
                el("textarea", .id("motivation"), .name("motivation"), .init("rows", "5"), .init("maxlength", "2000")) { values["motivation"] ?? "" }
                choice("investment", lang.t("What could you invest?", "Wat zou je kunnen investeren?"),
                       InvestmentRange.allCases.map { ($0.rawValue, investment($0)) }, values, problems, lang)
                el("fieldset", .id("consent")) {
                    el("legend") { lang.t("Contact", "Contact") }
                    errors("consent", problems, lang)
                    el("label") {
                        if values["consent"] == "yes" {
                            el("input", .type("checkbox"), .name("consent"), .value("yes"), .flag("checked"))
                        } else {
                            el("input", .type("checkbox"), .name("consent"), .value("yes"))
                        }
                        lang.t("Stipple may contact me about this application.", "Stipple mag contact met me opnemen over deze aanmelding.")
                    }
                }
                PublicForm.trap(lang)
                el("p") { el("button", .type("submit"), .class("button")) { lang.t("Send my application", "Verstuur mijn aanmelding") } }
            }
        }
    }

    static func country(_ code: String, _ lang: SiteLanguage) -> String {
        switch code {
        case "GB": lang.t("United Kingdom", "Verenigd Koninkrijk")
        case "JE": "Jersey"
        default: lang.t("Netherlands", "Nederland")
        }
    }

    static func experience(_ e: PartnerExperience, _ lang: SiteLanguage) -> String {
        switch e {
        case .none: lang.t("None yet", "Nog geen")
        case .beauty: lang.t("Beauty or hair", "Beauty of kapper")
        case .tattoo: lang.t("Tattooing", "Tatoeëren")
        case .smp: lang.t("SMP", "SMP")
        case .business: lang.t("Running a business", "Een eigen bedrijf")
        }
    }

    static func investment(_ i: InvestmentRange) -> String {
        switch i {
        case .under25k: "< 25.000"
        case .from25kTo50k: "25.000 – 50.000"
        case .from50kTo100k: "50.000 – 100.000"
        case .over100k: "> 100.000"
        }
    }

    static func problem(_ field: String, _ lang: SiteLanguage) -> String {
        switch field {
        case "fullName": lang.t("Enter your name.", "Vul je naam in.")
        case "email": lang.t("Enter an email address like name@example.com, or a phone number.",
                             "Vul een e-mailadres in zoals naam@voorbeeld.nl, of een telefoonnummer.")
        case "phone": lang.t("Enter a phone number in digits.", "Vul een telefoonnummer in cijfers in.")
        case "country": lang.t("Choose a country.", "Kies een land.")
        case "region": lang.t("Enter your region or town.", "Vul je regio of plaats in.")
        case "experience": lang.t("Choose your experience.", "Kies je ervaring.")
        case "motivation": lang.t("Tell us why, in up to 2000 characters.", "Vertel ons waarom, in hoogstens 2000 tekens.")
        case "investment": lang.t("Choose what you could invest.", "Kies wat je zou kunnen investeren.")
        default: lang.t("Tick the box so we may contact you.", "Vink het vakje aan zodat we contact mogen opnemen.")
        }
    }

    private static func errors(_ field: String, _ problems: [String], _ lang: SiteLanguage) -> HTMLNode {
        problems.contains(field) ? el("p", .class("error")) { problem(field, lang) } : .fragment([])
    }

    private static func input(_ name: String, _ label: String, _ type: String, _ autocomplete: String, _ values: [String: String],
                              _ problems: [String], _ lang: SiteLanguage) -> HTMLNode {
        .fragment([
            el("label", .for(name)) { label },
            errors(name, problems, lang),
            el("input", .type(type), .id(name), .name(name), .value(values[name] ?? ""), .init("autocomplete", autocomplete),
               .aria("invalid", problems.contains(name) ? "true" : "false")),
        ])
    }

    private static func choice(_ name: String, _ legend: String, _ options: [(String, String)], _ values: [String: String],
                               _ problems: [String], _ lang: SiteLanguage) -> HTMLNode {
        el("fieldset", .id(name)) {
            el("legend") { legend }
            errors(name, problems, lang)
            for (value, text) in options {
                el("label") {
                    el("input", attributes: [.type("radio"), .name(name), .value(value), values[name] == value ? .flag("checked") : nil])
                    text
                }
            }
        }
    }
}
