/// The standard views of a scalp photo. Photos are compared view by view across days, so each
/// check-in has at most one photo per view, taken with the same framing.
public enum ScalpView: String, Sendable, Codable, CaseIterable, Hashable {
    case front
    case crown
    case left
    case right

    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.front, .nlNL): "Haarlijn van voren"
        case (.crown, .nlNL): "Kruin"
        case (.left, .nlNL): "Linkerkant"
        case (.right, .nlNL): "Rechterkant"
        case (.front, _): "Front hairline"
        case (.crown, _): "Crown"
        case (.left, _): "Left side"
        case (.right, _): "Right side"
        }
    }
}
