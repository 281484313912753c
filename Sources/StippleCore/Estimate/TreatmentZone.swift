/// The areas of the scalp a session treats, as charted on the scalp diagram. `temples` is both
/// temples as charted before the diagram named each side.
public enum TreatmentZone: String, Sendable, Codable, CaseIterable, Comparable {
    case hairline, temples
    case leftTemple = "left-temple", rightTemple = "right-temple", front
    case crown, midScalp = "mid-scalp", nape, scar

    public static func < (a: TreatmentZone, b: TreatmentZone) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The zones the diagram offers, front to back.
    public static let charted: [TreatmentZone] = [.hairline, .leftTemple, .rightTemple, .front, .midScalp, .crown, .nape, .scar]

    public var title: String {
        switch self {
        case .hairline: "Hairline"
        case .temples: "Temples"
        case .leftTemple: "Left temple"
        case .rightTemple: "Right temple"
        case .front: "Front"
        case .crown: "Crown"
        case .midScalp: "Mid-scalp"
        case .nape: "Nape"
        case .scar: "Scar areas"
        }
    }
}
