/// When a session photo was taken.
public enum PhotoStage: String, Sendable, Codable, CaseIterable {
    case before, after
}
