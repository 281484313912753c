import StippleCore
import Vapor

/// `/j/<token>/check-ins/<id>`: what the triage means for the client, said at once.
enum CheckInResultPage {
    static func render(_ context: JourneyContext, checkIn: CheckInView, token: String, protocol p: AftercareProtocol) -> Response {
        let language = context.clinic.language
        let t = ClientPageText(language: language)
        let r = CheckInResultText(language: language)
        return ClientPageLayout.page(title: "\(r.title) · \(context.clinic.name)", lang: t.htmlLang) {
            el("p", .class("clinic-name")) { context.clinic.name }
            if checkIn.route == .emergency {
                el("section", .class("emergency"), .init("role", "alert"), .aria("labelledby", "result")) {
                    el("h1", .id("result")) { r.headline(.red, route: .emergency, emergencyNumber: checkIn.emergencyNumber) }
                    el("a", .class("call"), .href("tel:" + checkIn.emergencyNumber)) { t.call(checkIn.emergencyNumber) }
                    el("p") { checkIn.action }
                }
            } else if checkIn.route == .urgentCare {
                el("section", .class("urgent-care"), .init("role", "alert"), .aria("labelledby", "result")) {
                    el("h1", .id("result")) { r.headline(.red, route: .urgentCare, emergencyNumber: checkIn.emergencyNumber) }
                    el("p") { checkIn.action }
                }
            } else {
                el("section", .class("tier tier-\(checkIn.tier.rawValue)"), .aria("labelledby", "result")) {
                    el("h1", .id("result")) { r.headline(checkIn.tier, route: nil, emergencyNumber: checkIn.emergencyNumber) }
                    el("p") { checkIn.action }
                }
            }
            if let seen = checkIn.seenAt {
                el("p", .class("seen")) { t.seen(LocalDate(seen, in: context.timeZone).text(language, withYear: false)) }
            }
            if !checkIn.reasons.isEmpty {
                el("section", .aria("labelledby", "reasons")) {
                    el("h2", .id("reasons")) { r.why }
                    el("ul") { checkIn.reasons.map { reason in el("li") { reason } } }
                }
            }
            if !checkIn.photos.isEmpty {
                el("section", .aria("labelledby", "photos")) {
                    el("h2", .id("photos")) { r.photos }
                    el("div", .class("photos")) {
                        checkIn.photos.map { photo in
                            el("figure") {
                                el("img", .init("src", photo.url), .init("alt", photo.view.name(language)),
                                   .init("width", String(photo.width)), .init("height", String(photo.height)))
                                el("figcaption") { photo.view.name(language) }
                            }
                        }
                    }
                }
            }
            el("p", .class("muted")) { r.notADecision }
            el("p") { el("a", .class("button"), .href(ClientRoute.today.path(token))) { t.backToToday } }
            if checkIn.route != .emergency { ClientPageParts.emergency(context.clinic, t, protocol: p) }
            ClientPageParts.clinic(context.clinic, t)
        }
    }
}
