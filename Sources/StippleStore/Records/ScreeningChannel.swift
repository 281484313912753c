/// Where a screening was completed.
public enum ScreeningChannel: String, Sendable, Codable, CaseIterable {
    /// By the client on their own phone, through their private link.
    case link
    /// By the client on the clinic's tablet, with staff beside them.
    case tablet
    /// Entered by staff from the client's answers (the API, and screenings before the questionnaire).
    case staff
}
