/// Where a free consultation happens: at the clinic, or on a video call.
public enum ConsultationMode: String, Sendable, Codable, CaseIterable {
    case inPerson = "in-person"
    case video
}
