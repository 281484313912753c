import Vapor

/// One log line per request: the method, the route's pattern and the status, never the path.
///
/// Paths carry secrets: a client's link (`/j/<token>/history`) opens their health pages for
/// months, and a calendar feed's address is its own key. Logging the pattern
/// (`/j/:token/history`) keeps every line useful for operations and useless to whoever reads the
/// logs. A path that matches no route is logged as such, without its text, since a mistyped
/// link is still a link.
struct RequestLogMiddleware: AsyncMiddleware {
    var level: Logger.Level = .info

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            let response = try await next.respond(to: request)
            log(request, status: response.status)
            return response
        } catch {
            log(request, status: nil)
            throw error
        }
    }

    private func log(_ request: Request, status: HTTPResponseStatus?) {
        request.logger.log(level: level, "\(request.method) \(Self.pattern(of: request))",
                           metadata: ["status": "\(status.map { String($0.code) } ?? "error")"])
    }

    /// The route's path as registered, with parameters as `:name` (or `(no route)`).
    static func pattern(of request: Request) -> String {
        guard let route = request.route else { return "(no route)" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}
