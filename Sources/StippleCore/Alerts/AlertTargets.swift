import Foundation

/// How fast a clinic answers an alert, by tier: a clinic setting. The defaults are the brief's:
/// red at once, amber the same day (by the end of the clinic's day), yellow at the next
/// follow-up (no clock).
public struct AlertTargets: Sendable, Equatable, Codable {
    /// Minutes after it opens that a red alert is due; 0 is at once.
    public var redMinutes: Int
    /// Hours after it opens that an amber alert is due; nil is by the end of the clinic's day.
    public var amberHours: Int?
    /// Days after it opens that a yellow alert is due; nil is at the next follow-up (no clock).
    public var yellowDays: Int?

    public init(redMinutes: Int = 0, amberHours: Int? = nil, yellowDays: Int? = nil) {
        self.redMinutes = redMinutes; self.amberHours = amberHours; self.yellowDays = yellowDays
    }

    public func dueBy(tier: TriageTier, openedAt: Date, timeZone: TimeZone) -> Date? {
        switch tier {
        case .red:
            return openedAt.addingTimeInterval(Double(redMinutes) * 60)
        case .amber:
            if let amberHours { return openedAt.addingTimeInterval(Double(amberHours) * 3600) }
            return LocalDate(openedAt, in: timeZone).adding(days: 1).start(in: timeZone)
        case .yellow:
            return yellowDays.map { openedAt.addingTimeInterval(Double($0) * 86_400) }
        case .green:
            return nil
        }
    }

    /// Red within four hours, amber within three days, yellow within a month: a target
    /// slower than that is no target for a healing scalp.
    public func problems() -> [(field: String, message: String)] {
        var out: [(String, String)] = []
        if !(0...240).contains(redMinutes) { out.append(("redMinutes", "must be 0 to 240 minutes")) }
        if let h = amberHours, !(1...72).contains(h) { out.append(("amberHours", "must be 1 to 72 hours")) }
        if let d = yellowDays, !(1...30).contains(d) { out.append(("yellowDays", "must be 1 to 30 days")) }
        return out
    }
}
