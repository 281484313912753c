import Vapor

/// A path that exists, asked with a method it does not take, answers 405 with `Allow` listing
/// the methods it does take, instead of the router's 404 (which would say the resource is not
/// there at all).
struct MethodNotAllowedMiddleware: AsyncMiddleware {
    /// Each route's path as components, with its method.
    private let routes: [(method: HTTPMethod, path: [PathComponent])]

    init(_ routes: Routes) {
        self.routes = routes.all.map { ($0.method, $0.path) }
    }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.route == nil else { return try await next.respond(to: request) }
        let segments = request.url.path.split(separator: "/").map(String.init)
        var allowed = Set(routes.filter { Self.matches($0.path, segments) }.map(\.method.rawValue))
        guard !allowed.isEmpty else { return try await next.respond(to: request) }
        if allowed.contains("GET") { allowed.insert("HEAD") }
        let response = Response(status: .methodNotAllowed)
        response.headers.replaceOrAdd(name: .allow, value: allowed.sorted().joined(separator: ", "))
        try response.content.encode(ErrorBody(error: .init(
            code: "method_not_allowed", message: "\(request.method.rawValue) is not taken here; use \(allowed.sorted().joined(separator: " or "))",
            field: nil)))
        return response
    }

    static func matches(_ pattern: [PathComponent], _ segments: [String]) -> Bool {
        var i = 0
        for component in pattern {
            switch component {
            case .catchall: return true
            case .anything, .parameter: guard i < segments.count else { return false }
            case let .constant(text): guard i < segments.count, segments[i] == text else { return false }
            }
            i += 1
        }
        return i == segments.count
    }
}
