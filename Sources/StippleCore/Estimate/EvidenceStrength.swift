

/// How strongly the evidence behind a factor supports it.
public enum EvidenceStrength: String, Sendable, Codable, Comparable {
    case weak, moderate, strong

    public static func < (a: EvidenceStrength, b: EvidenceStrength) -> Bool {
        let order: [EvidenceStrength] = [.weak, .moderate, .strong]
        return order.firstIndex(of: a)! < order.firstIndex(of: b)!
    }
}
