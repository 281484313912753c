import Foundation

/// What a reminder is about.
public enum ReminderKind: String, Sendable, Codable, CaseIterable {
    /// A healing day with a stage change, a check-in, or both: one message a day at most.
    case day
    /// "We have not heard from you today": dropped when the client checked in that day.
    case missedCheckIn = "missed-check-in"
    /// The day before a booked follow-up session; `day` is that day of the journey.
    case followUp = "follow-up"
}
