import Foundation

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
