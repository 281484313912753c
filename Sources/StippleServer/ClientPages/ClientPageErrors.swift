import Vapor

/// A client page that fails on our side shows a page, not JSON: in both languages (the clinic may
/// be what could not be read), with the way to get help meanwhile. Other errors go on to
/// `APIErrorMiddleware` as before.
struct ClientPageErrors: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let api = APIErrorMiddleware.apiError(for: error)
            guard api.status == .internalServerError else { throw error }
            APIErrorMiddleware.logUnexpected(error, api, request)
            return ClientPageLayout.page(title: "Something went wrong · Er ging iets mis", lang: "en-GB",
                                         status: .internalServerError) {
                el("h1") { "Something went wrong on our side" }
                el("p") {
                    "Your answers so far are safe. Please try again later. If you are worried about your scalp, call your clinic; in an emergency, call 999 (112 in the Netherlands)."
                }
                el("h2", .lang("nl")) { "Er ging bij ons iets mis" }
                el("p", .lang("nl")) {
                    "Je eerdere antwoorden zijn bewaard. Probeer het later opnieuw. Maak je je zorgen over je hoofdhuid, bel dan je kliniek; bij een noodgeval: bel 112."
                }
            }
        }
    }
}
