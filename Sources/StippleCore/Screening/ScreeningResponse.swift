/// Everything the screening questionnaire collects: the health questions, and what the healing
/// estimate needs from the client (why they come, sex, oily skin, what rubs the scalp).
public struct ScreeningResponse: Sendable, Equatable, Codable {
    public var answers: ScreeningAnswers
    public var condition: HairLossCondition
    public var sex: ClientFactors.Sex?
    public var oilySkin: Bool
    public var friction: [FrictionRisk]

    public init(answers: ScreeningAnswers, condition: HairLossCondition, sex: ClientFactors.Sex? = nil,
                oilySkin: Bool = false, friction: [FrictionRisk] = []) {
        self.answers = answers; self.condition = condition; self.sex = sex; self.oilySkin = oilySkin
        self.friction = friction.sorted()
    }
}
