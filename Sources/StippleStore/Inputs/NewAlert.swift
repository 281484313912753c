import Foundation
import StippleCore

/// The alert a new check-in opens.
public struct NewAlert: Sendable {
    public var clinicID: UUID, tier: TriageTier, route: TriageRoute?, dueBy: Date?

    public init(clinicID: UUID, tier: TriageTier, route: TriageRoute? = nil, dueBy: Date?) {
        self.clinicID = clinicID; self.tier = tier; self.route = route; self.dueBy = dueBy
    }
}
