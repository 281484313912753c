/// What brings someone to a free consultation, as they would put it on the booking form.
public enum ConsultationConcern: String, Sendable, Codable, CaseIterable {
    case patternBaldness = "pattern-baldness"
    case thinning
    case alopecia
    case scars
    case other
}
