import Foundation
import StippleCore
import StippleStore
import Vapor

// Setting a client's treatment plan from their record.
extension StaffPagesController {
    struct PlanFormInput: Decodable {
        var sessions: String?
        var touchUp: String?
    }

    func setPlan(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let (client, _) = try await recordClient(req, staff)
        let input = (try? req.content.decode(PlanFormInput.self)) ?? PlanFormInput()
        do {
            guard let sessions = input.sessions.flatMap(Int.init) else { throw APIError.invalid("sessions", "Choose the number of sessions.") }
            guard input.touchUp == nil || input.touchUp == "yes" else { throw APIError.invalid("touchUp", "must be ticked or left out") }
            let plan = try await TreatmentPlans(store: req.store, aftercareProtocol: req.settings.aftercareProtocol)
                .set(sessions: sessions, touchUp: input.touchUp == "yes", client: client, by: staff, now: req.now)
            req.auditNote(detail: TreatmentPlans.summary(plan))
            return StaffFlash(notice: "The plan is saved: \(TreatmentPlans.summary(plan)).")
                .redirect(req, to: StaffRoute.client.path(client.id) + "#plan")
        } catch let error as APIError where error.status.code < 500 && error.status != .forbidden {
            req.auditNote(detail: "refused: \(error.field ?? error.code)")
            let data = try await loadRecord(req, staff: staff, clientID: client.id)
            return ClientRecordPage.render(data, staff: staff, csrf: req.csrfToken, now: req.now,
                                           protocol: req.settings.aftercareProtocol,
                                           planProblem: error.message.prefix(1).uppercased() + error.message.dropFirst(),
                                           status: error.status)
        }
    }
}
