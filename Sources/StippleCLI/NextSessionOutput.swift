import ArgumentParser
import Foundation
import StippleCore

struct NextSessionOutput: Encodable {
    var sessionNumber: Int
    var earliestDate: LocalDate
    var recommendedFrom: LocalDate
    var recommendedTo: LocalDate
    var blockedBy: TriageTier?
    var requested: LocalDate?
    var requestAllowed: Bool?
    var reasons: [String]

    init(decision d: SpacingDecision, explanation: [String]) {
        sessionNumber = d.sessionNumber
        earliestDate = d.earliestDate
        recommendedFrom = d.recommendedFrom
        recommendedTo = d.recommendedTo
        blockedBy = d.blockedBy
        requested = d.requested
        requestAllowed = d.requestAllowed
        reasons = explanation
    }
}
