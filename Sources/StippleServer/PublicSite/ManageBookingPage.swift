import Foundation
import StippleCore
import StippleStore
import Vapor

/// What a manage link opens, in the booking's language: the booking, and the way to move or
/// cancel it while there is notice enough. A link made for an earlier version says where the
/// booking went and offers nothing to change; a cancelled booking says so.
enum ManageBookingPage {
    enum Notice { case booked, moved, cancelled, waitlisted }

    static func render(_ b: Booking, clinic: Clinic, zone: TimeZone, token: String, linkVersion: Int, notice: Notice?,
                       problem: String? = nil, waiting: Bool = false, screened: Bool = false, now: Date, base: String,
                       status: HTTPStatus = .ok) -> Response {
        let lang = SiteLanguage(b.language)
        let l = b.language
        let current = linkVersion == b.version
        let meta = PublicPageLayout.Meta(title: lang.t("Your booking – \(clinic.name)", "Je afspraak – \(clinic.name)"),
                                         description: lang.t("Your booking.", "Je afspraak."), paths: nil, isPrivate: true)
        return PublicPageLayout.page(meta, lang: lang, base: base, status: status) {
            switch notice {
            case .booked?:
                el("h1") { lang.t("You are booked in", "Je afspraak staat") }
                el("p", .init("role", "status")) {
                    b.channel == .email
                        ? lang.t("A confirmation with a calendar file is on its way to \(b.email ?? "").",
                                 "Een bevestiging met een agendabestand is onderweg naar \(b.email ?? "").")
                        : lang.t("A confirmation is on its way to \(b.phone ?? "").", "Een bevestiging is onderweg naar \(b.phone ?? "").")
                }
            case .moved?:
                el("h1") { lang.t("Your consultation has moved", "Je consult is verzet") }
            case .cancelled?:
                el("h1") { lang.t("Your consultation is cancelled", "Je consult is geannuleerd") }
            case .waitlisted?:
                el("h1") { lang.t("You are on the waiting list", "Je staat op de wachtlijst") }
            case nil:
                el("h1") { lang.t("Your booking", "Je afspraak") }
            }
            if let problem {
                el("section", .class("error-summary"), .init("role", "alert")) { el("p", .class("error")) { problem } }
            }
            if b.status == .cancelled {
                el("section") {
                    el("p", .class("stage")) {
                        lang.t("This consultation (\(BookingText.when(b.startsAt, zone, l))) was cancelled.",
                               "Dit consult (\(BookingText.when(b.startsAt, zone, l))) is geannuleerd.")
                    }
                    el("p") {
                        el("a", .href(PublicRoute.slots.path(lang.rawValue, clinic.slug))) { lang.t("Book another time", "Boek een andere tijd") }
                    }
                }
            } else if !current {
                el("section", .init("role", "status")) {
                    el("p", .class("stage")) {
                        lang.t("This link is for an earlier time. Your consultation is now on \(BookingText.when(b.startsAt, zone, l)).",
                               "Deze link hoort bij een eerdere tijd. Je consult is nu op \(BookingText.when(b.startsAt, zone, l)).")
                    }
                    el("p") {
                        lang.t("To change it, use the link in the latest message we sent you.",
                               "Wil je het wijzigen? Gebruik de link in het laatste bericht dat we je stuurden.")
                    }
                }
            } else {
                el("section", .class("notice")) {
                    el("p", .class("stage")) { "\(BookingText.appointment(b.kind, l)): \(BookingText.when(b.startsAt, zone, l))" }
                    el("p") { lang.t("Local time (\(zone.identifier)).", "Lokale tijd (\(zone.identifier)).") }
                    el("p") { "\(clinic.name), \(clinic.address) · \(BookingText.mode(b.mode, l))" }
                    el("p") {
                        el("a", .href(PublicRoute.calendarFile.path(token))) { lang.t("Add to my calendar", "Zet in mijn agenda") }
                        " · "
                        el("a", .href(clinic.mapLink)) { lang.t("Show on a map", "Toon op de kaart") }
                    }
                }
                if b.status == .booked && b.startsAt > now {
                    el("section", .aria("labelledby", "health")) {
                        el("h2", .id("health")) { lang.t("Before your consultation", "Voor je consult") }
                        if screened {
                            el("p", .id("health-answered")) { lang.t("Your answers to the health questions are with the clinic.",
                                                                     "Je antwoorden op de gezondheidsvragen zijn bij de kliniek.") }
                        } else {
                            el("p") {
                                lang.t("A few questions about your health, so the technician can tell you what is safe: about five minutes.",
                                       "Een paar vragen over je gezondheid, zodat de behandelaar je kan vertellen wat veilig is: ongeveer vijf minuten.")
                            }
                            el("p") {
                                el("a", .href(PublicRoute.bookingScreening.path(token)), .class("button")) {
                                    lang.t("Answer the health questions", "Beantwoord de gezondheidsvragen")
                                }
                            }
                        }
                    }
                }
                if b.status == .booked && ConsultationBooking.type.changeable(startingAt: b.startsAt, now: now) {
                    el("section", .aria("labelledby", "change")) {
                        el("h2", .id("change")) { lang.t("Change or cancel", "Wijzigen of annuleren") }
                        el("p") {
                            el("a", .href(PublicRoute.rescheduleSlots.path(token)), .class("button")) { lang.t("Choose another time", "Kies een andere tijd") }
                        }
                        el("form", .init("method", "post"), .init("action", PublicRoute.cancel.path(token))) {
                            el("p") {
                                el("button", .type("submit"), .class("small-button")) { lang.t("Cancel my consultation", "Annuleer mijn consult") }
                            }
                        }
                    }
                    el("section", .aria("labelledby", "earlier")) {
                        el("h2", .id("earlier")) { lang.t("An earlier time?", "Een eerdere tijd?") }
                        if waiting {
                            el("p", .id("waiting")) {
                                lang.t("You are on the waiting list: when an earlier time frees up, we send it to you and hold it for half an hour.",
                                       "Je staat op de wachtlijst: komt er een eerdere tijd vrij, dan sturen we die en houden we hem een half uur voor je vast.")
                            }
                        } else {
                            el("form", .init("method", "post"), .init("action", PublicRoute.joinWaitlist.path(token))) {
                                el("p") {
                                    lang.t("We can tell you when an earlier time frees up. Your booking stays until you take one.",
                                           "We kunnen je laten weten wanneer er een eerdere tijd vrijkomt. Je afspraak blijft staan tot je er een neemt.")
                                }
                                el("p") {
                                    el("button", .type("submit"), .class("small-button")) { lang.t("Tell me about an earlier time", "Laat me een eerdere tijd weten") }
                                }
                            }
                        }
                    }
                } else if b.status == .booked {
                    el("p") {
                        lang.t("It is too close to change online: please call \(clinic.name) on \(clinic.phone ?? "").",
                               "Het is te kort dag om online te wijzigen: bel \(clinic.name) op \(clinic.phone ?? "").")
                    }
                }
            }
        }
    }
}
