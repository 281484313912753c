/// A client's plan of sessions: so many sessions, then (usually) a touch-up 4–6 weeks after the
/// last, then top-ups every few years. A session beyond the plan is the touch-up, then a top-up.
public struct TreatmentPlan: Sendable, Equatable, Codable {
    public var sessions: Int
    public var touchUp: Bool

    public init(sessions: Int, touchUp: Bool) {
        self.sessions = sessions
        self.touchUp = touchUp
    }

    /// The protocol's default plan, for a client nobody has planned yet.
    public static func standard(_ settings: PlanSettings) -> TreatmentPlan {
        TreatmentPlan(sessions: settings.defaultSessions, touchUp: true)
    }

    /// A plan of `sessions` within the protocol's range, or a `FieldError` naming `sessions`.
    public static func validated(sessions: Int, touchUp: Bool, settings: PlanSettings) throws(FieldError) -> TreatmentPlan {
        guard settings.sessionRange.contains(sessions) else {
            throw FieldError(field: "sessions", message: "must be from \(settings.minSessions) to \(settings.maxSessions), got \(sessions)")
        }
        return TreatmentPlan(sessions: sessions, touchUp: touchUp)
    }

    /// The number of the session that completes the plan: its last session, or the touch-up.
    public var length: Int { sessions + (touchUp ? 1 : 0) }

    /// What session number `number` (1 for the first) is in this plan.
    public func step(_ number: Int) -> PlanStep {
        if number <= sessions { return .session(number: number, of: sessions) }
        if touchUp && number == sessions + 1 { return .touchUp(number: number) }
        return .topUp(number: number)
    }

    /// The gap rule for booking session `number` after a session on `previous`: the protocol's
    /// spacing within the plan, the touch-up's window after it, and the top-up's years after that.
    public func spacingRule(forSession number: Int, after previous: LocalDate, protocol p: AftercareProtocol) -> SpacingRule {
        let settings = p.plan
        switch step(number) {
        case .session:
            // Validation guarantees a rule for session 2; the first borrows it.
            return p.spacingRule(forSession: max(number, 2)) ?? p.spacing[0]
        case .touchUp:
            return SpacingRule(toSession: number, minDays: settings.touchUpFromDays,
                               recommendedFromDays: settings.touchUpFromDays, recommendedToDays: settings.touchUpToDays,
                               label: PlanStep.touchUp(number: number).label)
        case .topUp:
            let from = previous.days(until: previous.adding(years: settings.topUpFromYears))
            let to = previous.days(until: previous.adding(years: settings.topUpToYears))
            return SpacingRule(toSession: number, minDays: from, recommendedFromDays: from, recommendedToDays: to,
                               label: PlanStep.topUp(number: number).label)
        }
    }
}
