/// How a client prefers to hear from the clinic: their link, reminders and the screening.
public enum ContactChannel: String, Sendable, Codable, CaseIterable {
    case email
    case sms
}
