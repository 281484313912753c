import Vapor

/// A public address that finds nothing answers the site's own Not Found page, in the address's
/// language; anything else goes on to the error middleware.
struct PublicPageErrors: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch let error as AbortError where error.status == .notFound {
            let lang = request.parameters.get("lang").flatMap(SiteLanguage.init(rawValue:)) ?? .en
            return PublicNotFoundPage.render(lang, base: request.base)
        }
    }
}
