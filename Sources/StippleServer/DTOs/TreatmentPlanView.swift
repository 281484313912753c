import Foundation
import StippleCore
import StippleStore
import Vapor

/// A client's treatment plan: how many sessions, whether a touch-up follows, the sessions held
/// against it and what comes next.
struct TreatmentPlanView: Content {
    struct Plan: Codable {
        var sessions: Int
        var touchUp: Bool

        init(_ plan: TreatmentPlan) {
            sessions = plan.sessions
            touchUp = plan.touchUp
        }
    }

    struct Held: Codable {
        var sessionID: UUID
        var sessionNumber: Int
        var startedAt: Date
        /// `session`, `touch-up` or `top-up`.
        var step: String
        var label: String
    }

    struct Next: Codable {
        var sessionNumber: Int
        var step: String
        var label: String
    }

    var clientID: UUID
    var plan: Plan
    /// `protocol` while nobody has set a plan (the protocol's default holds), else `staff`.
    var setBy: String
    var setAt: Date?
    /// The number of sessions the protocol allows in a plan.
    var minSessions: Int
    var maxSessions: Int
    var touchUpFromDays: Int
    var touchUpToDays: Int
    var topUpFromYears: Int
    var topUpToYears: Int
    var held: [Held]
    var next: Next

    init(client: UUID, stored: StoredTreatmentPlan?, sessions: [TreatmentSession], language: Language, protocol p: AftercareProtocol) {
        let plan = stored?.plan ?? .standard(p.plan)
        clientID = client
        self.plan = Plan(plan)
        setBy = stored == nil ? "protocol" : "staff"
        setAt = stored?.setAt
        minSessions = p.plan.minSessions
        maxSessions = p.plan.maxSessions
        touchUpFromDays = p.plan.touchUpFromDays
        touchUpToDays = p.plan.touchUpToDays
        topUpFromYears = p.plan.topUpFromYears
        topUpToYears = p.plan.topUpToYears
        held = sessions.sorted { $0.sessionNumber < $1.sessionNumber }.map {
            let step = plan.step($0.sessionNumber)
            return Held(sessionID: $0.id, sessionNumber: $0.sessionNumber, startedAt: $0.startedAt, step: step.kind,
                        label: step.label.text(language))
        }
        let step = plan.step(sessions.count + 1)
        next = Next(sessionNumber: step.number, step: step.kind, label: step.label.text(language))
    }
}
