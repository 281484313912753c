import Foundation
import StippleCore

public struct DashboardQuery: Sendable {
    public enum Sort: String, Sendable, CaseIterable {
        /// Day since the session, which groups by stage.
        case day
        case name
        /// Most severe latest check-in first.
        case tier
        /// Longest without a check-in first.
        case lastCheckIn = "last-check-in"
    }

    /// Nil for the whole chain (admins).
    public var clinicIDs: [UUID]?
    public var technicianID: UUID?
    /// Only clients whose latest check-in had this tier; `noCheckIn` for none yet.
    public var tier: TriageTier?
    public var noCheckIn = false
    /// Sessions on or after this day are still healing.
    public var since: LocalDate
    public var sort: Sort = .day
    public var limit = 50
    public var offset = 0

    public init(clinicIDs: [UUID]?, since: LocalDate) {
        self.clinicIDs = clinicIDs
        self.since = since
    }
}
