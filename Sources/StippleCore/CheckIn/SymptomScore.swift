/// The daily symptom score (REEDA-style): six items scored 0 to 3, total 0 to 18. Items the
/// client did not report count as 0. Expected curve: peaks on day 1–2, falls to 0–2 by day 7–10.
public struct SymptomScore: Sendable, Equatable, Codable {
    public var redness: Int
    public var swelling: Int
    public var pain: Int
    public var heat: Int
    public var discharge: Int
    public var unwell: Int

    public var total: Int { redness + swelling + pain + heat + discharge + unwell }

    public init(_ c: CheckIn, feverC: Double) {
        redness = c.redness ?? 0
        swelling = c.swelling ?? 0
        pain = c.pain.map(SymptomScore.painBand) ?? 0
        heat = c.heat ?? 0
        discharge = SymptomScore.dischargeBand(c.discharge, foulSmell: c.foulSmell == true)
        if let t = c.temperatureC, t >= feverC {
            unwell = 3
        } else if c.shivering == true || c.feelsUnwell == true {
            unwell = 2
        } else {
            unwell = 0
        }
    }

    /// Reported pain 0–10 as a score item: 0–1 → 0, 2–3 → 1, 4–6 → 2, 7–10 → 3.
    public static func painBand(_ pain: Int) -> Int {
        switch pain {
        case ...1: 0
        case 2...3: 1
        case 4...6: 2
        default: 3
        }
    }

    /// none 0, clear 1, blood-tinged or heavy crusting 2, cloudy or smelly 3.
    public static func dischargeBand(_ d: CheckIn.Discharge?, foulSmell: Bool) -> Int {
        if foulSmell { return 3 }
        switch d {
        case nil, .none?: return 0
        case .clear?: return 1
        case .bloody?: return 2
        case .cloudy?: return 3
        }
    }

    /// The highest total still expected on `day` of normal healing: a peak on days 1–2 that
    /// falls to 2 by day 10 and to 0 by day 28. Used to draw the expected curve beside the
    /// client's own; an assumption to calibrate, like every threshold.
    public static func expectedUpperBound(onDay day: Int) -> Int {
        switch day {
        case ..<0: 0
        case 0: 9
        case 1...2: 10
        case 3: 8
        case 4: 7
        case 5: 6
        case 6: 5
        case 7: 4
        case 8...9: 3
        case 10...20: 2
        case 21...27: 1
        default: 0
        }
    }
}
