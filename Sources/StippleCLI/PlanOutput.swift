import ArgumentParser
import Foundation
import StippleCore

/// The JSON of `stipple plan --json`: the journey plus its explanation in words.
struct PlanOutput: Encodable {
    var journey: HealingJourney
    var estimateSummary: String
    var estimateExplanation: [String]

    init(journey: HealingJourney, language: Language) {
        self.journey = journey
        estimateSummary = EstimateText.summary(journey.estimate, sessionDate: journey.sessionDate, language)
        estimateExplanation = EstimateText.contributions(journey.estimate, language)
    }
}
