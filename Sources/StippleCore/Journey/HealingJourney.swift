import Foundation

/// One stage of a journey's timeline, with its dates.
public struct TimelineStage: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var summary: String
    public var startDay: Int
    /// Nil for the open-ended healed stage.
    public var endDay: Int?
    public var startDate: LocalDate
    public var endDate: LocalDate?
    public var normal: [String]
    /// Aftercare that applies on some day of this stage.
    public var doItems: [String]
    public var avoidItems: [String]
}

/// Where a journey stands on one day: what is normal, what to do and avoid, what comes next.
public struct JourneyToday: Sendable, Equatable, Codable {
    public var day: Int
    public var date: LocalDate
    /// The current stage's id, or `healed`; `before-session` before day 0.
    public var stageID: String
    public var stageTitle: String
    public var stageSummary: String
    public var normal: [String]
    public var doItems: [String]
    public var avoidItems: [String]
    public var nextStageTitle: String?
    public var nextStageDay: Int?
    public var nextStageDate: LocalDate?
    public var nextCheckInDay: Int?
    public var nextCheckInDate: LocalDate?
    /// Healed because the days of every stage are over or because a check-in confirmed it.
    public var isHealed: Bool
}

/// A healing journey computed from one session: its timeline, the client's estimate and where
/// it stands "now". All dates are on the clinic's wall calendar.
public struct HealingJourney: Sendable, Equatable, Codable {
    public var sessionDate: LocalDate
    public var timeZone: String
    public var language: Language
    public var protocolID: String
    public var protocolVersion: String
    public var timeline: [TimelineStage]
    public var estimate: HealingEstimate
    public var checkInDays: [Int]
    public var checkInDates: [LocalDate]
    public var today: JourneyToday

    /// Builds the journey of a session held at `sessionAt`, as it stands at `now`.
    public init(
        sessionAt: Date,
        now: Date,
        timeZone: TimeZone,
        factors: ClientFactors = ClientFactors(),
        checkIns: [CheckIn] = [],
        protocol p: AftercareProtocol,
        language: Language
    ) {
        let sessionDate = LocalDate(sessionAt, in: timeZone)
        self.init(sessionDate: sessionDate, day: sessionDate.days(until: LocalDate(now, in: timeZone)),
                  timeZoneID: timeZone.identifier, factors: factors, checkIns: checkIns,
                  protocol: p, language: language)
    }

    /// Builds the journey on healing day `day` of a session held on `sessionDate`.
    public init(
        sessionDate: LocalDate,
        day: Int,
        timeZoneID: String,
        factors: ClientFactors = ClientFactors(),
        checkIns: [CheckIn] = [],
        protocol p: AftercareProtocol,
        language: Language
    ) {
        self.sessionDate = sessionDate
        self.timeZone = timeZoneID
        self.language = language
        self.protocolID = p.id
        self.protocolVersion = p.version
        // Only what the client had reported by `day` counts.
        let known = checkIns.filter { $0.day <= day }
        self.estimate = HealingEstimator.estimate(factors, checkIns: known, protocol: p)
        self.checkInDays = p.checkInDays
        self.checkInDates = p.checkInDays.map { sessionDate.adding(days: $0) }

        var timeline: [TimelineStage] = p.stages.map { stage in
            let items = p.aftercare.filter { item in (stage.startDay...stage.endDay).contains(where: item.isActive(onDay:)) }
            func text(_ item: AftercareItem) -> String {
                HealingJourney.qualified(item, within: stage.startDay...stage.endDay, language: language)
            }
            return TimelineStage(
                id: stage.id, title: stage.title.text(language), summary: stage.summary.text(language),
                startDay: stage.startDay, endDay: stage.endDay,
                startDate: sessionDate.adding(days: stage.startDay), endDate: sessionDate.adding(days: stage.endDay),
                normal: stage.normal.map { $0.text(language) },
                doItems: items.filter { $0.kind == .do }.map(text),
                avoidItems: items.filter { $0.kind == .avoid }.map(text))
        }
        let healedDay = p.lastStageDay + 1
        let healedItems = p.aftercare.filter { $0.untilDay.map { $0 >= healedDay } ?? true }
        timeline.append(TimelineStage(
            id: "healed", title: p.healed.title.text(language), summary: p.healed.summary.text(language),
            startDay: healedDay, endDay: nil, startDate: sessionDate.adding(days: healedDay), endDate: nil,
            normal: p.healed.normal.map { $0.text(language) },
            doItems: healedItems.filter { $0.kind == .do }.map { $0.text(language) },
            avoidItems: healedItems.filter { $0.kind == .avoid }.map { $0.text(language) }))
        self.timeline = timeline

        self.today = HealingJourney.today(
            day: day, sessionDate: sessionDate, timeline: timeline, healedOnDay: estimate.healedOnDay,
            protocol: p, language: language)
    }

    /// An item's text, prefixed with the days it applies when that is only part of the stage
    /// (e.g. "From day 5: you may shave again").
    static func qualified(_ item: AftercareItem, within days: ClosedRange<Int>, language: Language) -> String {
        let nl = language == .nlNL
        let starts = item.fromDay > days.lowerBound
        let ends = item.untilDay.map { $0 < days.upperBound } ?? false
        let text = item.text(language)
        switch (starts, ends) {
        case (true, true): return (nl ? "Dag \(item.fromDay)–\(item.untilDay!): " : "Days \(item.fromDay)–\(item.untilDay!): ") + text
        case (true, false): return (nl ? "Vanaf dag \(item.fromDay): " : "From day \(item.fromDay): ") + text
        case (false, true): return (nl ? "Tot en met dag \(item.untilDay!): " : "Until day \(item.untilDay!): ") + text
        case (false, false): return text
        }
    }

    private static func today(
        day: Int, sessionDate: LocalDate, timeline: [TimelineStage], healedOnDay: Int?,
        protocol p: AftercareProtocol, language: Language
    ) -> JourneyToday {
        let active = p.aftercare.filter { $0.isActive(onDay: max(day, 0)) }
        let nextCheckIn = p.checkInDays.first { $0 > day }
        let healed = timeline[timeline.count - 1]
        let confirmedHealed = healedOnDay.map { day >= $0 } ?? false
        let index: Int
        if day < 0 {
            index = 0
        } else if confirmedHealed {
            index = timeline.count - 1
        } else {
            index = timeline.firstIndex { $0.startDay <= day && day <= ($0.endDay ?? Int.max) } ?? timeline.count - 1
        }
        let stage = timeline[index]
        let next: TimelineStage? = day < 0 ? stage : (index + 1 < timeline.count ? timeline[index + 1] : nil)
        let isHealed = day >= 0 && index == timeline.count - 1
        return JourneyToday(
            day: day, date: sessionDate.adding(days: day),
            stageID: day < 0 ? "before-session" : stage.id,
            stageTitle: stage.title, stageSummary: stage.summary, normal: stage.normal,
            doItems: active.filter { $0.kind == .do }.map { $0.text(language) },
            avoidItems: active.filter { $0.kind == .avoid }.map { $0.text(language) },
            nextStageTitle: isHealed ? nil : next?.title,
            nextStageDay: isHealed ? nil : next?.startDay,
            nextStageDate: isHealed ? nil : next?.startDate,
            nextCheckInDay: nextCheckIn,
            nextCheckInDate: nextCheckIn.map { sessionDate.adding(days: $0) },
            isHealed: isHealed || (confirmedHealed && healed.id == stage.id))
    }
}
