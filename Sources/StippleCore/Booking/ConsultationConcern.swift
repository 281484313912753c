/// What brings someone to a free consultation, as they would put it on the booking form.
public enum ConsultationConcern: String, Sendable, Codable, CaseIterable {
    case patternBaldness = "pattern-baldness"
    case thinning
    case alopecia
    case scars
    case other

    /// The condition it becomes on the client record, when there is one.
    public var condition: HairLossCondition? {
        switch self {
        case .patternBaldness: .patternBaldness
        case .thinning: .thinning
        case .alopecia: .alopecia
        case .scars: .scars
        case .other: nil
        }
    }
}
