import Foundation
import StippleStore
import Vapor

/// Finds the staff member behind the session cookie, if any.
struct StaffSessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[StaffSessionCookie.name]?.string, token.count <= 100, !token.isEmpty {
            let hash = SecretToken.hash(token)
            if let session = try await request.store.staffSession(tokenHash: hash, now: request.now) {
                request.auth.login(session.staff)
                request.storage[SignedInSessionKey.self] = SignedInSession(tokenHash: hash, csrfToken: session.csrfToken)
            }
        }
        return try await next.respond(to: request)
    }
}
