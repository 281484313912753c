import Vapor

/// Every route of the staff workspace, as one list: the controllers register each from here,
/// pages and redirects build their addresses from here (`path(_:)`), and the audit table
/// (`AuditedRoutes`) and the authorization matrix name routes by these cases. The raw value is
/// the method and the pattern, as Vapor prints a route.
enum StaffRoute: String, CaseIterable, Sendable {
    case home = "GET /staff"
    case login = "GET /staff/login"
    case signIn = "POST /staff/login"
    case logout = "POST /staff/logout"
    case dashboard = "GET /staff/dashboard"
    case alerts = "GET /staff/alerts"
    case acknowledgeAlert = "POST /staff/alerts/:alertID/acknowledge"
    case resolveAlert = "POST /staff/alerts/:alertID/resolve"
    case client = "GET /staff/clients/:clientID"
    case recordConsent = "POST /staff/clients/:clientID/consents"
    case photo = "GET /staff/photos/:photoID"
    case bookFollowUp = "POST /staff/journeys/:journeyID/follow-up"
    case cancelFollowUp = "POST /staff/journeys/:journeyID/follow-up/cancel"
    case calendar = "GET /staff/calendar"
    case newCalendarFeed = "POST /staff/calendar/feed"
    case audit = "GET /staff/audit"
    case auditExport = "GET /staff/audit.csv"
    case people = "GET /staff/people"
    case setPassword = "POST /staff/people/:staffID/password"
    case deactivate = "POST /staff/people/:staffID/deactivate"
    case issueToken = "POST /staff/tokens"
    case revokeToken = "POST /staff/tokens/:tokenID/revoke"

    var method: HTTPMethod { HTTPMethod(rawValue: String(rawValue.prefix { $0 != " " })) }

    /// The pattern's parts, `:name` for a parameter.
    var components: [PathComponent] { pattern.split(separator: "/").map { PathComponent(stringLiteral: String($0)) } }

    /// `/staff/clients/:clientID`.
    var pattern: String { String(rawValue.drop { $0 != " " }.dropFirst()) }

    /// The address with each parameter filled in, in order: `StaffRoute.client.path(client.id)`.
    /// It ends before the first parameter not given (`StaffRoute.photo.path()` is `/staff/photos`).
    func path(_ values: any CustomStringConvertible...) -> String {
        var values = values.makeIterator()
        var parts: [String] = []
        for part in pattern.split(separator: "/") {
            if part.hasPrefix(":") {
                guard let value = values.next() else { break }
                parts.append(value.description)
            } else {
                parts.append(String(part))
            }
        }
        return "/" + parts.joined(separator: "/")
    }
}

extension RoutesBuilder {
    /// Registers `route` with its method and pattern.
    @discardableResult
    func on(_ route: StaffRoute, use closure: @Sendable @escaping (Request) async throws -> Response) -> Route {
        on(route.method, route.components, use: closure)
    }
}
