

public enum TreatmentZone: String, Sendable, Codable, CaseIterable, Comparable {
    case hairline, temples, crown, midScalp = "mid-scalp", scar

    public static func < (a: TreatmentZone, b: TreatmentZone) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
