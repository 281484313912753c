import StippleCore
import Vapor

/// What a link that sent more check-ins in an hour than a person would gets: a 429 with
/// `Retry-After`, in the clinic's language, that still shows where to turn when it is urgent.
enum TooManyCheckInsPage {
    static func render(_ context: JourneyContext, token: String, retryAfter seconds: Int) -> Response {
        let t = ClientPageText(language: context.clinic.language)
        let minutes = max(1, (seconds + 59) / 60)
        let response = ClientPageLayout.page(title: "\(t.tooManyTitle) · \(context.clinic.name)", lang: t.htmlLang,
                                             status: .tooManyRequests) {
            el("p", .class("clinic-name")) { context.clinic.name }
            el("h1") { t.tooManyTitle }
            el("p") { t.tooManyText(minutes: minutes) }
            el("p") { t.tooManyUrgent(context.clinic.emergencyNumber) }
            el("p") { el("a", .class("button"), .href(ClientRoute.today.path(token))) { t.backToToday } }
        }
        response.headers.replaceOrAdd(name: .retryAfter, value: String(seconds))
        return response
    }
}
