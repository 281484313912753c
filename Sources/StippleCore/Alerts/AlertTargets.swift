import Foundation

/// How fast the clinic answers an alert, by tier: red at once, amber the same day (by the end
/// of the clinic's day), yellow at the next follow-up (no clock). Clinic policy, like every
/// threshold; these are the brief's defaults.
public enum AlertTargets {
    public static func dueBy(tier: TriageTier, openedAt: Date, timeZone: TimeZone) -> Date? {
        switch tier {
        case .red: openedAt
        case .amber: LocalDate(openedAt, in: timeZone).adding(days: 1).start(in: timeZone)
        case .yellow, .green: nil
        }
    }
}

/// What a person did about an alert before closing it.
public enum AlertAction: String, Sendable, Codable, CaseIterable {
    case calledClient = "called-client"
    case advisedGPOrPharmacist = "advised-gp-or-pharmacist"
    case referred
    case nothingNeeded = "nothing-needed"
}
