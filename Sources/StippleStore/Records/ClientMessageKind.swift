/// What a one-off message to a client carries.
public enum ClientMessageKind: String, Sendable, Codable, CaseIterable {
    /// Their private link to the screening questionnaire.
    case screeningLink = "screening-link"
    /// Their private link to their healing journey, handed over after a session.
    case journeyLink = "journey-link"
    /// Years after a treatment plan's last session: time to book a top-up.
    case topUp = "top-up"
}
