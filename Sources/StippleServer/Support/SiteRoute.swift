import Vapor

/// A list of a site's routes, each case's raw value its method and pattern as Vapor prints a
/// route (`GET /staff/clients/:clientID`): the controller registers each case (`on(_:use:)`), and
/// pages and redirects build addresses from it (`path(_:)`), so a pattern is written once.
protocol SiteRoute: RawRepresentable<String>, CaseIterable, Sendable {}

extension SiteRoute {
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
    /// Registers `route` with its method and pattern; `body` as Vapor's `on(_:_:body:use:)`.
    @discardableResult
    func on(_ route: some SiteRoute, body: HTTPBodyStreamStrategy = .collect,
            use closure: @Sendable @escaping (Request) async throws -> Response) -> Route {
        on(route.method, route.components, body: body, use: closure)
    }
}
