import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/clients/{clientID}/treatment-plan`: the client's plan of sessions, read and set by
/// the staff who treat (reception books against it on the pages, but sees no treatment detail).
struct TreatmentPlanController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clients", ":clientID", "treatment-plan", use: show)
        routes.put("clients", ":clientID", "treatment-plan", use: update)
    }

    struct PlanInput: Decodable {
        var sessions: Int
        var touchUp: Bool
    }

    func show(req: Request) async throws -> TreatmentPlanView {
        let (client, clinic) = try await req.healthClient()
        return try await TreatmentPlans(store: req.store, aftercareProtocol: req.settings.aftercareProtocol).view(client, clinic)
    }

    func update(req: Request) async throws -> TreatmentPlanView {
        let staff = try req.staff
        let (client, clinic) = try await req.healthClient()
        let input = try req.decodeJSON(PlanInput.self)
        let plans = TreatmentPlans(store: req.store, aftercareProtocol: req.settings.aftercareProtocol)
        let plan = try await plans.set(sessions: input.sessions, touchUp: input.touchUp, client: client, by: staff, now: req.now)
        req.auditNote(detail: TreatmentPlans.summary(plan))
        return try await plans.view(client, clinic)
    }
}
