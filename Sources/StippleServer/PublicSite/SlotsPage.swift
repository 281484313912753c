import Foundation
import StippleCore
import StippleStore
import Vapor

/// A week of free consultation times at a clinic, on the clinic's clock: each time is a button
/// of one form, so choosing one needs no script. Used to book and, from a manage link, to move
/// a booking.
enum SlotsPage {
    struct Context {
        var lang: SiteLanguage
        var clinic: Clinic
        var zone: TimeZone
        var days: [(date: LocalDate, starts: [Date])]
        var weekStart: LocalDate
        /// Where a chosen time is posted.
        var action: String
        /// This page's address without its week, for the pager.
        var address: String
        /// The booking being moved, when moving one.
        var moving: Booking?
        var problem: String?
        var base: String
    }

    static func render(_ c: Context, status: HTTPStatus = .ok) -> Response {
        let lang = c.lang
        let title = c.moving == nil ? lang.t("Book a free consultation at \(c.clinic.name)", "Boek een gratis consult bij \(c.clinic.name)")
                                    : lang.t("Choose a new time", "Kies een nieuwe tijd")
        let paths: [SiteLanguage: String]? = c.moving == nil
            ? Dictionary(uniqueKeysWithValues: SiteLanguage.allCases.map { ($0, PublicRoute.slots.path($0.rawValue, c.clinic.slug)) })
            : nil
        let meta = PublicPageLayout.Meta(
            title: title, description: lang.t("Free consultation times at \(c.clinic.name) in the coming weeks.",
                                              "Vrije tijden voor een gratis consult bij \(c.clinic.name) de komende weken."),
            paths: paths, isPrivate: c.moving != nil)
        return PublicPageLayout.page(meta, lang: lang, base: c.base, status: status) {
            el("h1") { title }
            if let moving = c.moving {
                el("p") { lang.t("Now booked: ", "Nu geboekt: ") + BookingText.when(moving.startsAt, c.zone, moving.language) }
            } else {
                el("p") {
                    lang.t("Thirty minutes with a technician, free and without obligation. Times are local to the clinic (\(c.zone.identifier)).",
                           "Dertig minuten met een technicus, gratis en vrijblijvend. Tijden zijn lokaal voor de kliniek (\(c.zone.identifier)).")
                }
            }
            if let problem = c.problem {
                el("section", .class("error-summary"), .init("role", "alert")) { el("p", .class("error")) { problem } }
            }
            el("nav", .class("pager"), .aria("label", lang.t("Weeks", "Weken"))) {
                el("a", .href(c.address + "?from=\(c.weekStart.adding(days: -7).iso)"), .init("rel", "prev")) {
                    lang.t("Earlier week", "Vorige week")
                }
                el("a", .href(c.address + "?from=\(c.weekStart.adding(days: 7).iso)"), .init("rel", "next")) {
                    lang.t("Later week", "Volgende week")
                }
            }
            el("form", .init("method", "post"), .init("action", c.action)) {
                if c.moving == nil {
                    el("fieldset") {
                        el("legend") { lang.t("How would you like to meet?", "Hoe wil je afspreken?") }
                        for mode in ConsultationMode.allCases {
                            el("label") {
                                if mode == .inPerson {
                                    el("input", .type("radio"), .name("mode"), .value(mode.rawValue), .flag("checked"))
                                } else {
                                    el("input", .type("radio"), .name("mode"), .value(mode.rawValue))
                                }
                                BookingText.mode(mode, lang.language)
                            }
                        }
                    }
                    PublicForm.trap(lang)
                }
                for day in c.days {
                    el("section", .aria("labelledby", "day-\(day.date.iso)")) {
                        el("h2", .id("day-\(day.date.iso)")) { day.date.text(lang.language) }
                        if day.starts.isEmpty {
                            el("p", .class("muted")) { lang.t("No free times.", "Geen vrije tijden.") }
                        } else {
                            el("div", .class("times")) {
                                for start in day.starts {
                                    el("button", .type("submit"), .name("start"), .value(Instant.format(start)),
                                       .aria("label", BookingText.when(start, c.zone, lang.language))) {
                                        BookingText.clock(start, c.zone)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
