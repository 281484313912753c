import Foundation

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

        let rendering = p.rendering(language)
        self.timeline = rendering.stages.map { stage in
            TimelineStage(
                id: stage.id, title: stage.title, summary: stage.summary,
                startDay: stage.startDay, endDay: stage.endDay,
                startDate: sessionDate.adding(days: stage.startDay),
                endDate: stage.endDay.map { sessionDate.adding(days: $0) },
                normal: stage.normal, doItems: stage.doItems, avoidItems: stage.avoidItems)
        }
        self.today = HealingJourney.today(
            day: day, sessionDate: sessionDate, timeline: timeline, healedOnDay: estimate.healedOnDay,
            protocol: p, items: rendering.items)
    }

    private static func today(
        day: Int, sessionDate: LocalDate, timeline: [TimelineStage], healedOnDay: Int?,
        protocol p: AftercareProtocol, items: [ProtocolRendering.Item]
    ) -> JourneyToday {
        let active = items.filter { $0.overlaps(max(day, 0)...max(day, 0)) }
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
            doItems: active.filter { $0.kind == .do }.map(\.text),
            avoidItems: active.filter { $0.kind == .avoid }.map(\.text),
            nextStageTitle: isHealed ? nil : next?.title,
            nextStageDay: isHealed ? nil : next?.startDay,
            nextStageDate: isHealed ? nil : next?.startDate,
            nextCheckInDay: nextCheckIn,
            nextCheckInDate: nextCheckIn.map { sessionDate.adding(days: $0) },
            isHealed: isHealed || (confirmedHealed && healed.id == stage.id))
    }
}
