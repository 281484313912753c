import StippleCore
import Vapor

/// `/j/<token>/history`: earlier check-ins, the symptom score drawn against what normal healing
/// still allows on each day, and the photos of each view side by side across days.
enum HistoryPage {
    static func render(_ context: JourneyContext, now: Date, protocol p: AftercareProtocol, token: String) -> Response {
        let language = context.clinic.language
        let t = ClientPageText(language: language)
        let h = HistoryText(language: language)
        // Day, tier and score are stored with each check-in: no triage to run again here.
        let views = context.checkIns
        let today = max(context.day(at: now), 0)
        return ClientPageLayout.page(title: "\(h.title) · \(context.clinic.name)", lang: t.htmlLang) {
            el("p", .class("clinic-name")) { context.clinic.name }
            el("h1") { h.title }
            if views.isEmpty {
                el("p") { h.none }
            } else {
                el("section", .aria("labelledby", "curve")) {
                    el("h2", .id("curve")) { h.curveTitle }
                    el("p", .class("hint")) { h.curveHint }
                    ScoreCurve.svg(points: views.map { ($0.day, $0.score) }, lastDay: ScoreCurve.lastDay(today: today, lastCheckIn: views.last?.day),
                                   label: h.curveLabel(views.map { ($0.day, $0.score) }))
                }
                el("section", .aria("labelledby", "check-ins")) {
                    el("h2", .id("check-ins")) { h.checkIns }
                    el("ul") {
                        views.reversed().map { view in
                            el("li") {
                                el("a", .href(ClientRoute.checkInResult.path(token, view.id))) {
                                    h.line(day: view.day, date: context.journey.sessionDate.adding(days: view.day).text(language, withYear: false),
                                           tier: view.tier, score: view.score)
                                }
                            }
                        }
                    }
                }
                let byView = Dictionary(grouping: context.photos, by: \.view)
                if !byView.isEmpty {
                    el("section", .aria("labelledby", "photos")) {
                        el("h2", .id("photos")) { h.photos }
                        ScalpView.allCases.compactMap { view -> HTMLNode? in
                            guard let photos = byView[view] else { return nil }
                            return el("div") {
                                el("h3") { view.name(language) }
                                el("div", .class("photos")) {
                                    photos.map { photo in
                                        let day = context.checkIns.first { $0.id == photo.checkInID }?.day ?? 0
                                        return el("figure") {
                                            el("img", .init("src", ClientRoute.photo.path(token, photo.id)),
                                               .init("alt", "\(view.name(language)), \(h.day(day))"),
                                               .init("width", String(photo.width)), .init("height", String(photo.height)),
                                               .init("loading", "lazy"))
                                            el("figcaption") { h.day(day) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            el("p") { el("a", .class("button"), .href(ClientRoute.today.path(token))) { t.backToToday } }
            ClientPageParts.emergency(context.clinic, t, protocol: p)
        }
    }
}
