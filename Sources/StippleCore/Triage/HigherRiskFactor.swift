

public enum HigherRiskFactor: String, Sendable, Codable, CaseIterable {
    case age, diabetes, immunosuppressed, anticoagulants
}
