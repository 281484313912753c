import Foundation
import StippleCore
import StippleStore
import Vapor

/// An earlier time from the waiting list, in the booker's language: the time, how long it is
/// held, and the button that moves the booking to it. An offer that lapsed or was taken says so.
enum OfferPage {
    static func render(_ offer: WaitlistOffer, booking b: Booking, clinic: Clinic, zone: TimeZone, token: String, now: Date,
                       base: String, status: HTTPStatus = .ok) -> Response {
        let lang = SiteLanguage(b.language)
        let l = b.language
        let open = offer.status == .open && offer.expiresAt > now && b.status == .booked
        let meta = PublicPageLayout.Meta(title: lang.t("An earlier time – \(clinic.name)", "Een eerdere tijd – \(clinic.name)"),
                                         description: "", paths: nil, isPrivate: true)
        return PublicPageLayout.page(meta, lang: lang, base: base, status: status) {
            el("h1") { lang.t("An earlier time", "Een eerdere tijd") }
            el("section", .class("notice")) {
                el("p", .class("stage")) { "\(BookingText.appointment(b.kind, l)): \(BookingText.when(offer.startsAt, zone, l))" }
                el("p") { "\(clinic.name), \(clinic.address)" }
                el("p") { lang.t("Now booked: ", "Nu geboekt: ") + BookingText.when(b.startsAt, zone, l) }
            }
            if open {
                el("p") {
                    lang.t("We hold this time for you until \(BookingText.clock(offer.expiresAt, zone)).",
                           "We houden deze tijd voor je vast tot \(BookingText.clock(offer.expiresAt, zone)).")
                }
                el("form", .init("method", "post"), .init("action", PublicRoute.acceptOffer.path(token))) {
                    el("button", .type("submit"), .class("button")) { lang.t("Move my consultation to this time", "Verzet mijn consult naar deze tijd") }
                }
            } else {
                el("p", .init("role", "status")) {
                    lang.t("This offer has ended: the time went to someone else or was not taken in time. Your booking stays as it is.",
                           "Dit aanbod is voorbij: de tijd ging naar iemand anders of werd niet op tijd genomen. Je afspraak blijft zoals hij is.")
                }
            }
        }
    }
}
