import StippleStore
import Vapor

/// Errors on staff pages as pages, not JSON: the same status and message, in the frame.
struct StaffPageErrors: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let api = APIErrorMiddleware.apiError(for: error)
            APIErrorMiddleware.logUnexpected(error, api, request)
            let text = api.status == .internalServerError ? "Something went wrong on our side." : api.message.prefix(1).uppercased() + api.message.dropFirst() + "."
            return StaffPageLayout.message(title: api.status.reasonPhrase, text: text, status: api.status,
                                           staff: request.auth.get(StaffMember.self))
        }
    }
}
