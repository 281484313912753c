import Foundation
import StippleCore
import StippleStore
import Vapor

/// A client's current screening as answered, the skin assessment, and what it means for
/// treatment: `clear`, `contraindicated` or `clearance-needed`.
struct ScreeningView: Content {
    var id: UUID
    var version: String
    var language: Language
    var channel: ScreeningChannel
    var completedAt: Date
    var confirmedName: String?
    var answers: ScreeningAnswers
    var hairLossCondition: HairLossCondition
    var sex: ClientFactors.Sex?
    var oilySkin: Bool
    var friction: [FrictionRisk]
    var skinType: Int?
    var thickSkin: Bool
    var status: String
    var contraindications: [Contraindication]
    var clearancesNeeded: [ClearanceKind]
    var clearancesMissing: [ClearanceKind]
    var clearances: [ScreeningClearance]

    init?(_ s: ClientScreening) {
        guard let health = s.health, let assessment = s.assessment else { return nil }
        let r = health.screening
        id = r.id; version = r.version; language = r.language; channel = r.channel; completedAt = r.completedAt
        confirmedName = r.confirmedName; answers = r.response.answers; hairLossCondition = r.response.condition
        sex = r.response.sex; oilySkin = r.response.oilySkin; friction = r.response.friction
        skinType = health.skinType; thickSkin = health.thickSkin
        status = !assessment.contraindications.isEmpty ? "contraindicated"
            : !assessment.clearancesMissing.isEmpty ? "clearance-needed" : "clear"
        contraindications = assessment.contraindications; clearancesNeeded = assessment.clearancesNeeded
        clearancesMissing = assessment.clearancesMissing; clearances = s.clearances
    }
}
