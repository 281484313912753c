import Foundation
import StippleCore
import StippleStore
import Vapor

/// One clinic: where it is, when it is open (on its own clock), who leads it, how to reach it,
/// and the way to book; with its LocalBusiness structured data.
enum ClinicPage {
    static func render(lang: SiteLanguage, clinic: Clinic, hours: OpeningHours, closed: [LocalDate], lead: StaffMember?,
                       base: String) -> Response {
        let paths = Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, PublicRoute.clinic.path($0.rawValue, clinic.slug)) })
        let meta = PublicPageLayout.Meta(
            title: "\(clinic.name) – " + lang.t("scalp micropigmentation", "scalp micropigmentatie"),
            description: lang.t("\(clinic.name), \(clinic.address): opening hours, how to reach us and a free consultation.",
                                "\(clinic.name), \(clinic.address): openingstijden, bereikbaarheid en een gratis consult."),
            paths: paths, structuredData: structuredData(clinic, hours: hours, url: base + (paths[lang] ?? "")), cacheable: true)
        return PublicPageLayout.page(meta, lang: lang, base: base) {
            el("h1") { clinic.name }
            el("p") { clinic.address }
            el("p") { el("a", .href(clinic.mapLink)) { lang.t("Show on a map", "Toon op de kaart") } }
            el("a", .href(PublicRoute.slots.path(lang.rawValue, clinic.slug)), .class("button")) {
                lang.t("Book a free consultation", "Boek een gratis consult")
            }
            el("section", .aria("labelledby", "hours")) {
                el("h2", .id("hours")) { lang.t("Opening hours", "Openingstijden") }
                el("p", .class("muted")) { lang.t("Local time (\(clinic.timeZone)).", "Lokale tijd (\(clinic.timeZone)).") }
                if !closed.isEmpty {
                    el("p", .id("closed")) { lang.t("Closed on ", "Gesloten op ") + closed.map { $0.text(lang.language) }.joined(separator: ", ") + "." }
                }
                el("table") {
                    for day in OpeningHours.Weekday.allCases {
                        el("tr") {
                            el("th", .init("scope", "row")) { PublicText.weekday(day, lang) }
                            el("td") { PublicText.hours(hours.hours(day), lang) }
                        }
                    }
                }
            }
            el("section", .aria("labelledby", "reach")) {
                el("h2", .id("reach")) { lang.t("How to reach us", "Contact") }
                el("ul") {
                    if let phone = clinic.phone {
                        el("li") { lang.t("Phone: ", "Telefoon: "); el("a", .href("tel:" + phone.filter { $0 != " " })) { phone } }
                    }
                    if let email = clinic.email {
                        el("li") { lang.t("Email: ", "E-mail: "); el("a", .href("mailto:" + email)) { email } }
                    }
                    if let lead {
                        el("li") { lang.t("Lead technician: ", "Hoofdtechnicus: ") + lead.name }
                    }
                }
            }
        }
    }

    /// schema.org's LocalBusiness (as a HealthAndBeautyBusiness) with its opening hours.
    static func structuredData(_ clinic: Clinic, hours: OpeningHours, url: String) -> String? {
        struct Spec: Encodable {
            let type = "OpeningHoursSpecification"
            var dayOfWeek: String, opens: String, closes: String
            enum CodingKeys: String, CodingKey { case type = "@type", dayOfWeek, opens, closes }
        }
        struct Address: Encodable {
            let type = "PostalAddress"
            var streetAddress: String, addressCountry: String
            enum CodingKeys: String, CodingKey { case type = "@type", streetAddress, addressCountry }
        }
        struct Business: Encodable {
            let context = "https://schema.org"
            let type = "HealthAndBeautyBusiness"
            var name: String, url: String, telephone: String?, email: String?, address: Address
            var openingHoursSpecification: [Spec]
            enum CodingKeys: String, CodingKey {
                case context = "@context", type = "@type", name, url, telephone, email, address, openingHoursSpecification
            }
        }
        let specs = OpeningHours.Weekday.allCases.flatMap { day in
            hours.hours(day).map { Spec(dayOfWeek: "https://schema.org/" + PublicText.weekday(day, .en),
                                        opens: OpeningHours.clock($0.opens), closes: OpeningHours.clock($0.closes)) }
        }
        let business = Business(name: clinic.name, url: url, telephone: clinic.phone, email: clinic.email,
                                address: Address(streetAddress: clinic.address, addressCountry: clinic.country),
                                openingHoursSpecification: specs)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]  // slashes stay escaped: no "</script>" can appear
        return (try? encoder.encode(business)).map { String(decoding: $0, as: UTF8.self) }
    }
}
