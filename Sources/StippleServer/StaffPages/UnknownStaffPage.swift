import Vapor

/// An address under `/staff/` that no route takes, opened in a browser, gets the workspace's
/// "Not Found" page rather than the API's JSON. It runs inside `MethodNotAllowedMiddleware`, so a
/// page asked with the wrong method still answers 405; it names nothing that exists.
struct UnknownStaffPage: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let path = request.url.path
        guard request.route == nil, request.method == .GET || request.method == .HEAD,
              path.hasPrefix(StaffRoute.home.path() + "/")
        else { return try await next.respond(to: request) }
        return StaffPageLayout.message(title: HTTPStatus.notFound.reasonPhrase, text: "There is no such page in the workspace.",
                                       status: .notFound)
    }
}
