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
    /// How many sessions a treatment plan holds, and the touch-up's and top-ups' windows.
    public var plan: PlanSettings
    public var triage: TriageSettings
    public var messages: ProtocolMessages
    /// Texts per language (indexed by `Language.ordinal`), filled once here. Stages, healed
    /// and aftercare are constants so these can never go stale.
    private let renderings: [ProtocolRendering]

    enum CodingKeys: String, CodingKey {
        case id, version, languages, stages, healed, aftercare, checkInDays, spacing, plan, triage, messages
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
        // Optional: a protocol written before treatment plans gets the brief's figures.
        plan = try c.decodeIfPresent(PlanSettings.self, forKey: .plan) ?? .standard
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
        try c.encode(plan, forKey: .plan)
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
