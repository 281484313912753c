import Foundation
import StippleStore
import Vapor

/// Rejects requests without a valid token with the JSON 401.
struct RequireStaff: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(StaffMember.self) else { throw APIError.unauthorized }
        return try await next.respond(to: request)
    }
}
