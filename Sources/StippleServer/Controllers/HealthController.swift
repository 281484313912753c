import Vapor

/// `/healthz`: the process answers. `/readyz`: the database answers too.
struct HealthController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("healthz") { _ in HealthStatus(status: "ok") }
        routes.get("readyz") { req async throws -> Response in
            let ready = await req.store.isReady()
            let response = Response(status: ready ? .ok : .serviceUnavailable)
            try response.content.encode(HealthStatus(status: ready ? "ok" : "database unavailable"))
            return response
        }
    }
}
