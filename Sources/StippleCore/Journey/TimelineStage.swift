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
