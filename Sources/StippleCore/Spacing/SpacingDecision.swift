

/// When the next session may be booked, and why.
public struct SpacingDecision: Sendable, Equatable, Codable {
    /// The number of the session being booked (2 for the second).
    public var sessionNumber: Int
    /// The first date the protocol and the scalp allow, once no alert is open.
    public var earliestDate: LocalDate
    /// The clinic's usual window for this session.
    public var recommendedFrom: LocalDate
    public var recommendedTo: LocalDate
    public var reasons: [SpacingReason]
    /// Set when an open amber or red alert blocks booking altogether.
    public var blockedBy: TriageTier?
    public var requested: LocalDate?
    /// What the session being booked is called ("second session", "touch-up").
    public var label: LocalizedText

    /// Whether `requested` may be booked (nil when no date was asked for).
    public var requestAllowed: Bool? {
        requested.map { blockedBy == nil && $0 >= earliestDate }
    }
}

extension SpacingDecision {
    /// The decision in plain words, one line per reason, for staff and the command line.
    public func explanation(_ language: Language, protocol p: AftercareProtocol) -> [String] {
        let nl = language == .nlNL
        let label = self.label.text(language)
        var lines: [String] = []
        for reason in reasons {
            switch reason {
            case let .minimumGap(days, previous, date):
                lines.append(nl ? "De \(label) kan op zijn vroegst \(days) dagen na de vorige sessie (\(previous)): \(date)."
                                : "The \(label) can be at least \(days) days after the previous session (\(previous)): \(date).")
            case let .healed(date):
                lines.append(nl ? "Een check-in bevestigde op \(date) dat de hoofdhuid genezen is (geen korstjes, geen roodheid)."
                                : "A check-in confirmed the scalp healed on \(date) (no scabs, no redness).")
            case let .awaitingHealing(date):
                lines.append(nl ? "Nog geen check-in bevestigt een genezen hoofdhuid; volgens de schatting is die uiterlijk \(date) genezen."
                                : "No check-in has confirmed a healed scalp yet; by the estimate it should be healed by \(date).")
            case let .openAlert(tier):
                lines.append(nl ? "Er staat een \(tierName(tier, language)) melding open: plan niets tot een medewerker die heeft afgehandeld."
                                : "There is an open \(tierName(tier, language)) alert: book nothing until a member of staff has closed it.")
            }
        }
        if let requested, let allowed = requestAllowed {
            if allowed {
                lines.append(nl ? "\(requested) kan." : "\(requested) is allowed.")
            } else if blockedBy != nil {
                lines.append(nl ? "\(requested) kan niet: eerst moet de melding afgehandeld zijn."
                                : "\(requested) is refused: the alert must be closed first.")
            } else {
                lines.append(nl ? "\(requested) kan niet: de eerste mogelijke datum is \(earliestDate)."
                                : "\(requested) is refused: the first allowed date is \(earliestDate).")
            }
        }
        return lines
    }

    private func tierName(_ tier: TriageTier, _ language: Language) -> String {
        switch (tier, language) {
        case (.red, .nlNL): "rode"
        case (.amber, .nlNL): "oranje"
        case (.yellow, .nlNL): "gele"
        case (.green, .nlNL): "groene"
        case (.red, _): "red"
        case (.amber, _): "amber"
        case (.yellow, _): "yellow"
        case (.green, _): "green"
        }
    }
}
