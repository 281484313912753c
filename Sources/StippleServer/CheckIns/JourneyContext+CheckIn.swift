import Foundation
import StippleCore
import StippleStore
import Vapor

// Recording a check-in: the one use case the API and the client's form share.
extension JourneyContext {
    /// Triages a check-in against the latest earlier one and stores both together; afterwards
    /// `checkIns` holds that earlier check-in and the new one.
    mutating func record(_ checkIn: CheckIn, photos: [NewPhoto] = [], store: Store, now: Date,
                         protocol p: AftercareProtocol) async throws -> StoredCheckIn {
        // Triage compares with the latest earlier check-in only, so only that one is read.
        let latest = try await store.latestCheckIn(journey: journey.id, onOrBefore: checkIn.day)
        checkIns = latest.map { [$0] } ?? []
        let risk = factors(on: journey.sessionDate.adding(days: checkIn.day)).riskProfile
        let result = Triage.assess(checkIn, previous: checkIns.map(\.answers), risk: risk, protocol: p)
        // Yellow, amber and red open an alert for a person at the clinic, in the same transaction,
        // due by the clinic's target (read here: the journey's view does not carry the targets).
        var alert: NewAlert?
        if result.tier != .green {
            let targets = try await store.clinic(clinic.id)?.alertTargets ?? AlertTargets()
            alert = NewAlert(clinicID: clinic.id, tier: result.tier, route: result.route,
                             dueBy: targets.dueBy(tier: result.tier, openedAt: now, timeZone: timeZone))
        }
        let stored = try await store.addCheckIn(
            journey: journey.id, day: checkIn.day, recordedAt: now, answers: checkIn,
            tier: result.tier, score: result.score.total, photos: photos, alert: alert)
        checkIns.append(stored)
        return stored
    }
}
