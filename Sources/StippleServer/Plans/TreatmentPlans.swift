import Foundation
import StippleCore
import StippleStore

/// Reading and setting a client's treatment plan, for the API and the record page alike.
struct TreatmentPlans {
    let store: Store
    let aftercareProtocol: AftercareProtocol

    /// Sets the plan within the protocol's range, or throws an `APIError` naming `sessions`.
    @discardableResult
    func set(sessions: Int, touchUp: Bool, client: ClientRecord, by staff: StaffMember, now: Date) async throws -> TreatmentPlan {
        try staff.requireHealthAccess()
        let plan: TreatmentPlan
        do { plan = try TreatmentPlan.validated(sessions: sessions, touchUp: touchUp, settings: aftercareProtocol.plan) }
        catch { throw APIError(error) }
        try await store.setTreatmentPlan(plan, client: client.id, by: staff.id, now: now)
        return plan
    }

    func view(_ client: ClientRecord, _ clinic: Clinic) async throws -> TreatmentPlanView {
        async let stored = store.treatmentPlan(client: client.id)
        async let sessions = store.sessions(client: client.id)
        return TreatmentPlanView(client: client.id, stored: try await stored, sessions: try await sessions,
                                 language: clinic.language, protocol: aftercareProtocol)
    }

    /// "3 sessions and a touch-up", for the audit log and the record.
    static func summary(_ plan: TreatmentPlan) -> String {
        "\(plan.sessions) sessions" + (plan.touchUp ? " and a touch-up" : ", no touch-up")
    }
}
