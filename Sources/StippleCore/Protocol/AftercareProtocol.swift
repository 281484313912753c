/// A clinic's healing protocol: stages, aftercare, check-in days, session spacing and triage
/// thresholds. It is data, versioned, so each clinic can hold its own; `DefaultProtocol` ships
/// the values of the domain brief. Load one with `AftercareProtocol.load(json:)`, which
/// validates it.
public struct AftercareProtocol: Sendable, Equatable, Codable {
    /// Stable identifier, e.g. `stipple-default`.
    public var id: String
    /// Version of this protocol; recorded with every journey so old advice can be reproduced.
    public var version: String
    public let languages: [Language]
    /// Contiguous stages starting at day 0; after the last one the scalp counts as healed.
    public let stages: [StageDefinition]
    /// What the client sees once the last stage is over or a check-in confirms healing.
    public let healed: HealedDefinition
    public let aftercare: [AftercareItem]
    /// Healing days on which the client is asked to check in.
    public var checkInDays: [Int]
    /// Minimum and recommended gaps before the next session, by the session being booked.
    public var spacing: [SpacingRule]
    public var triage: TriageSettings
    public var messages: ProtocolMessages
    /// Texts per language (indexed by `Language.ordinal`), filled once here. Stages, healed
    /// and aftercare are constants so these can never go stale.
    private let renderings: [ProtocolRendering]

    enum CodingKeys: String, CodingKey {
        case id, version, languages, stages, healed, aftercare, checkInDays, spacing, triage, messages
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        version = try c.decode(String.self, forKey: .version)
        languages = try c.decode([Language].self, forKey: .languages)
        stages = try c.decode([StageDefinition].self, forKey: .stages)
        healed = try c.decode(HealedDefinition.self, forKey: .healed)
        aftercare = try c.decode([AftercareItem].self, forKey: .aftercare)
        checkInDays = try c.decode([Int].self, forKey: .checkInDays)
        spacing = try c.decode([SpacingRule].self, forKey: .spacing)
        triage = try c.decode(TriageSettings.self, forKey: .triage)
        messages = try c.decode(ProtocolMessages.self, forKey: .messages)
        renderings = Language.allCases.map { [stages, healed, aftercare] language in
            ProtocolRendering(stages: stages, healed: healed, aftercare: aftercare, language: language)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(version, forKey: .version)
        try c.encode(languages, forKey: .languages)
        try c.encode(stages, forKey: .stages)
        try c.encode(healed, forKey: .healed)
        try c.encode(aftercare, forKey: .aftercare)
        try c.encode(checkInDays, forKey: .checkInDays)
        try c.encode(spacing, forKey: .spacing)
        try c.encode(triage, forKey: .triage)
        try c.encode(messages, forKey: .messages)
    }

    /// The stage and aftercare texts in `language`, ready to show.
    public func rendering(_ language: Language) -> ProtocolRendering {
        renderings[language.ordinal]
    }

    /// The stage that day `day` falls in, or nil once the last stage is over.
    public func stageIndex(onDay day: Int) -> Int? {
        stages.firstIndex { $0.startDay <= day && day <= $0.endDay }
    }

    /// The last day of the last stage.
    public var lastStageDay: Int { stages.last?.endDay ?? 0 }

    /// The spacing rule for booking session number `session` (2 or later).
    public func spacingRule(forSession session: Int) -> SpacingRule? {
        spacing.last { $0.toSession <= session }
    }
}

public struct StageDefinition: Sendable, Equatable, Codable {
    public var id: String
    public var startDay: Int
    /// Inclusive.
    public var endDay: Int
    public var title: LocalizedText
    public var summary: LocalizedText
    /// What is normal in this stage, so normal healing does not cause worry.
    public var normal: [LocalizedText]
    /// Sent to the client on the first day of the stage.
    public var reminder: LocalizedText
}

public struct HealedDefinition: Sendable, Equatable, Codable {
    public var title: LocalizedText
    public var summary: LocalizedText
    public var normal: [LocalizedText]
}

/// One aftercare instruction, active on days `fromDay...untilDay` (open-ended without `untilDay`).
public struct AftercareItem: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable { case `do`, avoid }

    public var id: String
    public var kind: Kind
    public var fromDay: Int
    public var untilDay: Int?
    /// Placeholders: `{fromDay}`, `{untilDay}`, `{resumeDay}` (the day after `untilDay`).
    public var text: LocalizedText
    /// The check-in answer that, if yes while this item is active, means it was not followed.
    public var breachedBy: AdherenceAnswer?

    public func isActive(onDay day: Int) -> Bool {
        day >= fromDay && (untilDay.map { day <= $0 } ?? true)
    }

    /// Whether the item applies on any day of `days`.
    public func overlaps(_ days: ClosedRange<Int>) -> Bool {
        fromDay <= days.upperBound && (untilDay.map { $0 >= days.lowerBound } ?? true)
    }

    public func text(_ language: Language) -> String {
        Template.fill(text.text(language)) { name in
            switch name {
            case "fromDay": String(fromDay)
            case "untilDay": untilDay.map { String($0) }
            case "resumeDay": untilDay.map { String($0 + 1) }
            default: nil
            }
        }
    }

    static let placeholders: Set<String> = ["fromDay", "untilDay", "resumeDay"]
}

/// The aftercare questions a check-in asks: "since the last check-in, did you ...".
public enum AdherenceAnswer: String, Sendable, Hashable, Codable, CaseIterable {
    /// Washed or wetted the scalp.
    case washed
    /// Sweated: gym, sauna, hard physical work.
    case sweated
    /// Had the scalp in direct sun without cover.
    case sun
    /// Wore a tight or unclean hat, cap, helmet or headband.
    case hat
    /// Swam, or used a steam room or sunbed.
    case swimming
}

/// The gap before booking session `toSession` (and every later one, until a rule with a higher
/// `toSession`), counted from the previous session's day.
public struct SpacingRule: Sendable, Equatable, Codable {
    public var toSession: Int
    public var minDays: Int
    public var recommendedFromDays: Int
    public var recommendedToDays: Int
    public var label: LocalizedText
}

/// Thresholds of the triage rules. None is clinically validated for SMP: each is a clinic
/// setting, with the domain brief's rules of thumb as defaults.
public struct TriageSettings: Sendable, Equatable, Codable {
    /// A temperature at or above this is a fever (red).
    public var feverC: Double
    /// Healing improves after the first days; worsening, oozing or a rising score after this
    /// day are infection signs.
    public var inflammationEndDay: Int
    /// Forehead swelling up to this day (after hairline work) is expected.
    public var foreheadSwellingExpectedUntilDay: Int
    /// A symptom score at or above `scoreReviewThreshold` after `scoreReviewAfterDay` needs review.
    public var scoreReviewThreshold: Int
    public var scoreReviewAfterDay: Int
    /// A rise of at least this many points after `inflammationEndDay` is an infection sign.
    public var scoreRiseThreshold: Int
    /// Scabs on or after this day are lingering.
    public var lingeringScabsFromDay: Int
    /// Any symptom on or after this day needs review.
    public var lingeringSymptomsFromDay: Int
    /// Raised dots up to this day come from swelling and fresh scabs, not allergy.
    public var raisedDotsExpectedUntilDay: Int
    /// Blurred dots up to this day come from swelling, not migration.
    public var blurredDotsExpectedUntilDay: Int
    /// Spreading redness that rose by at least this many levels within `rapidSpreadWindowDays`
    /// counts as rapidly spreading (red).
    public var rapidSpreadRise: Int
    public var rapidSpreadWindowDays: Int
    /// Clients of this age or older count as higher risk.
    public var higherRiskAge: Int
    /// No check-in confirms healing before this day: an epidermis closes in about a week, so a
    /// calm day-1 scalp is fresh, not healed.
    public var earliestHealedDay: Int
    /// The tier of an infection sign in a client without risk factors (`yellow` or `amber`);
    /// clients with risk factors are always at least amber.
    public var infectionSignTier: TriageTier
}

/// Texts the client receives outside the stage and aftercare lists.
public struct ProtocolMessages: Sendable, Equatable, Codable {
    /// Placeholders: `{day}`.
    public var checkInReminder: LocalizedText
    public var missedCheckIn: LocalizedText
    /// Placeholders: `{date}`.
    public var followUpTomorrow: LocalizedText
    /// What the client should do for each tier, and for a red check-in that needs urgent care
    /// rather than an emergency call. Placeholders: `{emergencyNumber}`, `{urgentCare}`.
    public var actions: TierActions
}

public struct TierActions: Sendable, Equatable, Codable {
    public var green: LocalizedText
    public var yellow: LocalizedText
    public var amber: LocalizedText
    /// Red for an emergency: call the emergency number now.
    public var red: LocalizedText
    /// Red for urgent care today: the clinic's urgent-care advice, and when to call the
    /// emergency number after all.
    public var urgentCare: LocalizedText

    public func text(for tier: TriageTier, route: TriageRoute? = nil) -> LocalizedText {
        switch tier {
        case .green: green
        case .yellow: yellow
        case .amber: amber
        case .red: route == .urgentCare ? urgentCare : red
        }
    }
}
