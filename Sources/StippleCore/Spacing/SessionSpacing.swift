

/// The session-spacing rule: the next session only after the protocol's minimum gap, on a
/// healed scalp, and with no amber or red alert open.
public enum SessionSpacing {
    /// - Parameters:
    ///   - previousSessions: the dates of the sessions held so far (any order).
    ///   - healedOn: the date a check-in confirmed healing after the last session, if any.
    ///   - estimatedHealedBy: the estimate's upper bound after the last session.
    ///   - openAlert: the most severe alert still open for the client.
    ///   - rule: the gap to apply (a treatment plan's touch-up or top-up); the protocol's
    ///     spacing for the session's number when nil.
    public static func next(
        previousSessions: [LocalDate],
        healedOn: LocalDate?,
        estimatedHealedBy: LocalDate,
        openAlert: TriageTier? = nil,
        requested: LocalDate? = nil,
        rule: SpacingRule? = nil,
        protocol p: AftercareProtocol
    ) -> SpacingDecision {
        let last = previousSessions.max() ?? estimatedHealedBy
        let number = previousSessions.count + 1
        // Validation guarantees a rule for session 2; earlier numbers borrow it.
        let rule = rule ?? p.spacingRule(forSession: max(number, 2)) ?? p.spacing[0]
        let gapDate = last.adding(days: rule.minDays)
        var reasons: [SpacingReason] = [.minimumGap(days: rule.minDays, previousSession: last, date: gapDate)]
        let healingDate: LocalDate
        if let healedOn {
            healingDate = healedOn
            reasons.append(.healed(date: healedOn))
        } else {
            healingDate = estimatedHealedBy
            reasons.append(.awaitingHealing(date: estimatedHealedBy))
        }
        let blocked = openAlert.flatMap { $0 >= .amber ? $0 : nil }
        if let blocked { reasons.append(.openAlert(tier: blocked)) }
        return SpacingDecision(
            sessionNumber: number,
            earliestDate: max(gapDate, healingDate),
            recommendedFrom: max(last.adding(days: rule.recommendedFromDays), healingDate),
            // A late-healing scalp moves the whole usual window, keeping its width.
            recommendedTo: max(last.adding(days: rule.recommendedToDays),
                               healingDate.adding(days: rule.recommendedToDays - rule.recommendedFromDays)),
            reasons: reasons, blockedBy: blocked, requested: requested, label: rule.label)
    }

    /// The same rule for a journey: healing confirmed by its check-ins, or else its estimate.
    public static func next(
        previousSessions: [LocalDate],
        journey: HealingJourney,
        openAlert: TriageTier? = nil,
        requested: LocalDate? = nil,
        rule: SpacingRule? = nil,
        protocol p: AftercareProtocol
    ) -> SpacingDecision {
        next(previousSessions: previousSessions,
             healedOn: journey.estimate.healedOnDay.map { journey.sessionDate.adding(days: $0) },
             estimatedHealedBy: journey.sessionDate.adding(days: journey.estimate.upperDays),
             openAlert: openAlert, requested: requested, rule: rule, protocol: p)
    }
}
