import Foundation
import StippleStore
import Vapor

/// Staff pages need a signed-in person; anyone else is sent to the login form, which brings
/// them back afterwards. Every POST must carry the session's CSRF token.
struct RequireStaffPage: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(StaffMember.self), let session = request.storage[SignedInSessionKey.self] else {
            if request.method == .GET {
                let home = StaffRoute.home.path()
                let next = request.url.path.hasPrefix(home) ? request.url.string : home
                return request.redirect(to: StaffRoute.login.path() + "?next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            }
            return StaffPageLayout.message(title: "Signed out", text: "Your session has ended. Sign in again.",
                                           status: .unauthorized)
        }
        if request.method == .POST {
            // A form with photos (a charted session) arrives streamed: read it, signed in as the
            // person is, before looking for its token. Other forms keep the routes' own limit.
            if request.body.data == nil, request.headers.contentType?.type == "multipart" {
                _ = try await request.body.collect(max: StaffPagesController.maxChartingBody.value).get()
            }
            let sent = (try? request.content.get(String.self, at: "_csrf")) ?? ""
            guard CSRF.matches(sent, session.csrfToken) else {
                return StaffPageLayout.message(title: "Form expired",
                                               text: "This form was not sent from your current session. Go back, reload the page and try again.",
                                               status: .forbidden)
            }
        }
        return try await next.respond(to: request)
    }
}
