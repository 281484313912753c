/// What a client reports about their scalp on one day of healing. Every answer but the day is
/// optional: a missing answer means "not reported", never "no".
public struct CheckIn: Sendable, Equatable, Codable {
    public enum Discharge: String, Sendable, Codable, CaseIterable {
        case none, clear, bloody, cloudy
    }

    /// Healing day (day 0 is the session's day in the clinic's time zone).
    public var day: Int
    /// 0 none, 1 within the treated area, 2 up to about 2 cm beyond its edge, 3 further or streaks.
    public var redness: Int?
    /// 0 none, 1 treated area only, 2 forehead or around the ears, 3 eyelids or face.
    public var swelling: Int?
    /// Pain as the client rates it, 0 to 10.
    public var pain: Int?
    /// 0 none, 1 slight, 2 clearly warm, 3 hot.
    public var heat: Int?
    public var discharge: Discharge?
    public var foulSmell: Bool?
    public var temperatureC: Double?
    public var feelsUnwell: Bool?
    public var shivering: Bool?
    /// Signs of sepsis: confusion or drowsiness, a fast heartbeat or breathing, skin that is
    /// pale, blue, grey or blotchy.
    public var systemicSymptoms: Bool?
    public var spreadingRedness: Bool?
    public var swellingNearEyes: Bool?
    /// Trouble breathing, or a swollen lip, tongue or throat.
    public var breathingDifficulty: Bool?
    public var scabs: Bool?
    public var scabsPicked: Bool?
    public var oozing: Bool?
    public var itchyRaisedDots: Bool?
    /// Dots blurring or a bluish tint.
    public var blurredDots: Bool?
    public var plaques: Bool?
    // Aftercare since the last check-in: yes means the client did it.
    public var washed: Bool?
    public var sweated: Bool?
    public var sun: Bool?
    public var hat: Bool?
    public var swimming: Bool?

    public init(
        day: Int, redness: Int? = nil, swelling: Int? = nil, pain: Int? = nil, heat: Int? = nil,
        discharge: Discharge? = nil, foulSmell: Bool? = nil, temperatureC: Double? = nil,
        feelsUnwell: Bool? = nil, shivering: Bool? = nil, systemicSymptoms: Bool? = nil,
        spreadingRedness: Bool? = nil, swellingNearEyes: Bool? = nil, breathingDifficulty: Bool? = nil,
        scabs: Bool? = nil, scabsPicked: Bool? = nil, oozing: Bool? = nil, itchyRaisedDots: Bool? = nil,
        blurredDots: Bool? = nil, plaques: Bool? = nil, washed: Bool? = nil, sweated: Bool? = nil,
        sun: Bool? = nil, hat: Bool? = nil, swimming: Bool? = nil
    ) {
        self.day = day; self.redness = redness; self.swelling = swelling; self.pain = pain
        self.heat = heat; self.discharge = discharge; self.foulSmell = foulSmell
        self.temperatureC = temperatureC; self.feelsUnwell = feelsUnwell; self.shivering = shivering
        self.systemicSymptoms = systemicSymptoms; self.spreadingRedness = spreadingRedness
        self.swellingNearEyes = swellingNearEyes; self.breathingDifficulty = breathingDifficulty
        self.scabs = scabs; self.scabsPicked = scabsPicked; self.oozing = oozing
        self.itchyRaisedDots = itchyRaisedDots; self.blurredDots = blurredDots; self.plaques = plaques
        self.washed = washed; self.sweated = sweated; self.sun = sun; self.hat = hat
        self.swimming = swimming
    }

    /// The answer to an aftercare question.
    public func answer(_ question: AdherenceAnswer) -> Bool? {
        switch question {
        case .washed: washed
        case .sweated: sweated
        case .sun: sun
        case .hat: hat
        case .swimming: swimming
        }
    }

    /// The client reports a healed scalp: no scabs and no redness.
    public var reportsHealedScalp: Bool { scabs == false && redness == 0 }
}

extension CheckIn {
    /// The plausible range of each answer. Values outside it are typing errors, not symptoms.
    /// A body temperature in °C that can be real; anything outside is a typing mistake.
    public static let temperatureRange: ClosedRange<Double> = 30.0...45.0

    public func validate() throws(FieldError) {
        func range(_ value: Int?, _ field: String, _ r: ClosedRange<Int>) throws(FieldError) {
            if let value, !r.contains(value) {
                throw FieldError(field: field, message: "must be from \(r.lowerBound) to \(r.upperBound), got \(value)")
            }
        }
        try range(day, "day", 0...3650)
        try range(redness, "redness", 0...3)
        try range(swelling, "swelling", 0...3)
        try range(pain, "pain", 0...10)
        try range(heat, "heat", 0...3)
        if let t = temperatureC, !CheckIn.temperatureRange.contains(t) || !t.isFinite {
            throw FieldError(field: "temperatureC", message: "must be a body temperature from 30.0 to 45.0 °C, got \(t)")
        }
    }
}
