/// What rules treatment out, whatever anyone clears: the law (under 18) or the client's safety.
public enum Contraindication: String, Sendable, Codable, CaseIterable {
    case underAge = "under-age"
    case scalpInfectionOrWounds = "scalp-infection-or-wounds"
    case chemotherapyInProgress = "chemotherapy-in-progress"

    /// For staff.
    public var message: String {
        switch self {
        case .underAge: "Under \(AgeCheck.minimumAge): SMP is not allowed."
        case .scalpInfectionOrWounds: "Infection or open wounds on the scalp: no treatment until the scalp has healed."
        case .chemotherapyInProgress: "Chemotherapy in progress: no treatment until it has ended."
        }
    }

    /// For the client, after the questionnaire: kind, and never advice about a medicine.
    public func clientMessage(_ language: Language) -> String {
        switch (self, language) {
        case (.underAge, .enGB): "We can only treat clients aged \(AgeCheck.minimumAge) or over."
        case (.underAge, .nlNL): "We behandelen alleen cliënten van \(AgeCheck.minimumAge) jaar en ouder."
        case (.scalpInfectionOrWounds, .enGB): "We will treat your scalp once the infection or wound has healed. The clinic will contact you."
        case (.scalpInfectionOrWounds, .nlNL): "We behandelen je hoofdhuid zodra de infectie of wond is genezen. De kliniek neemt contact met je op."
        case (.chemotherapyInProgress, .enGB): "We will plan your treatment after your chemotherapy has ended. The clinic will contact you."
        case (.chemotherapyInProgress, .nlNL): "We plannen je behandeling na het einde van je chemotherapie. De kliniek neemt contact met je op."
        }
    }
}
