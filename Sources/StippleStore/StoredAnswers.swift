import Foundation
import StippleCore

/// Check-in and screening answers as the store keeps them: one flat JSON object each.
///
/// Read field by field from the object's pairs, not through `Decodable`: a client page reads
/// every check-in of its journey, and the generic decoding machinery (boxed containers,
/// metadata look-ups, casts per field) cost more than the rest of the row. Whatever this reader
/// does not expect (an unknown key, a value of another type, escapes) is handed to
/// `JSONDecoder`, so a field added to the engine's types is never lost, only read the slower way
/// until it is added here.
enum StoredAnswers {
    static func checkIn(_ text: String) -> CheckIn? {
        readCheckIn(text) ?? (try? JSONDecoder().decode(CheckIn.self, from: Data(text.utf8)))
    }

    static func screening(_ text: String) -> ScreeningAnswers? {
        readScreening(text) ?? (try? JSONDecoder().decode(ScreeningAnswers.self, from: Data(text.utf8)))
    }

    /// The answers read in one pass, or nil when they need `JSONDecoder`.
    static func readCheckIn(_ text: String) -> CheckIn? {
        if let pairs = FlatJSONDecoder.pairs(text) {
            var object = FlatObject(pairs)
            // In the order the store writes them (sorted), so each is usually the next pair.
            let blurredDots = object.bool("blurredDots"), breathingDifficulty = object.bool("breathingDifficulty")
            let day = object.int("day"), discharge = object.string("discharge"), feelsUnwell = object.bool("feelsUnwell")
            let foulSmell = object.bool("foulSmell"), hat = object.bool("hat"), heat = object.int("heat")
            let itchyRaisedDots = object.bool("itchyRaisedDots"), oozing = object.bool("oozing"), pain = object.int("pain")
            let plaques = object.bool("plaques"), redness = object.int("redness"), scabs = object.bool("scabs")
            let scabsPicked = object.bool("scabsPicked"), shivering = object.bool("shivering")
            let spreadingRedness = object.bool("spreadingRedness"), sun = object.bool("sun"), sweated = object.bool("sweated")
            let swelling = object.int("swelling"), swellingNearEyes = object.bool("swellingNearEyes")
            let swimming = object.bool("swimming"), systemicSymptoms = object.bool("systemicSymptoms")
            let temperatureC = object.double("temperatureC"), washed = object.bool("washed")
            let dischargeValue = discharge.map(CheckIn.Discharge.init(rawValue:))
            if object.isFullyRead, let day, dischargeValue != .some(nil) {
                return CheckIn(
                    day: day, redness: redness, swelling: swelling, pain: pain, heat: heat, discharge: dischargeValue ?? nil,
                    foulSmell: foulSmell, temperatureC: temperatureC, feelsUnwell: feelsUnwell, shivering: shivering,
                    systemicSymptoms: systemicSymptoms, spreadingRedness: spreadingRedness, swellingNearEyes: swellingNearEyes,
                    breathingDifficulty: breathingDifficulty, scabs: scabs, scabsPicked: scabsPicked, oozing: oozing,
                    itchyRaisedDots: itchyRaisedDots, blurredDots: blurredDots, plaques: plaques, washed: washed,
                    sweated: sweated, sun: sun, hat: hat, swimming: swimming)
            }
        }
        return nil
    }

    /// The screening read in one pass, or nil when it needs `JSONDecoder`.
    static func readScreening(_ text: String) -> ScreeningAnswers? {
        if let pairs = FlatJSONDecoder.pairs(text) {
            var object = FlatObject(pairs)
            let allergies = object.string("allergies"), anticoagulants = object.bool("anticoagulants")
            let bleedingDisorder = object.bool("bleedingDisorder"), chemotherapy = object.bool("chemotherapy")
            let diabetes = object.bool("diabetes"), immunosuppressantsOrSteroids = object.bool("immunosuppressantsOrSteroids")
            let isotretinoin = object.bool("isotretinoin"), keloidTendency = object.bool("keloidTendency")
            let pregnantOrBreastfeeding = object.bool("pregnantOrBreastfeeding")
            let recentAntibiotics = object.bool("recentAntibiotics"), scalpPsoriasisOrEczema = object.bool("scalpPsoriasisOrEczema")
            let skinCancer = object.bool("skinCancer")
            if object.isFullyRead {
                // A flag left out is a no, as in `ScreeningAnswers.init(from:)`.
                return ScreeningAnswers(
                    bleedingDisorder: bleedingDisorder ?? false, anticoagulants: anticoagulants ?? false,
                    pregnantOrBreastfeeding: pregnantOrBreastfeeding ?? false, keloidTendency: keloidTendency ?? false,
                    diabetes: diabetes ?? false, isotretinoin: isotretinoin ?? false,
                    scalpPsoriasisOrEczema: scalpPsoriasisOrEczema ?? false,
                    immunosuppressantsOrSteroids: immunosuppressantsOrSteroids ?? false,
                    recentAntibiotics: recentAntibiotics ?? false, skinCancer: skinCancer ?? false,
                    chemotherapy: chemotherapy ?? false, allergies: allergies)
            }
        }
        return nil
    }
}

/// One flat object's pairs, read by key. A key that is absent or null reads as nil; a value of
/// another type marks the object as not read, so the caller falls back.
struct FlatObject {
    private let pairs: [(key: String, value: FlatJSONDecoder.Scalar)]
    private var next = 0
    private var found = 0
    private var mismatched = false

    init(_ pairs: [(key: String, value: FlatJSONDecoder.Scalar)]) {
        self.pairs = pairs
    }

    /// Every pair was asked for, once, and had the type asked for.
    var isFullyRead: Bool { !mismatched && found == pairs.count }

    private mutating func value(_ key: String) -> FlatJSONDecoder.Scalar? {
        if next < pairs.count, pairs[next].key == key {
            next += 1
            found += 1
            return pairs[next - 1].value
        }
        // Written in another order, by hand or by an older version.
        guard let index = pairs.firstIndex(where: { $0.key == key }) else { return nil }
        next = index + 1
        found += 1
        return pairs[index].value
    }

    mutating func bool(_ key: String) -> Bool? {
        switch value(key) {
        case nil, .null: return nil
        case let .bool(value): return value
        default: mismatched = true; return nil
        }
    }

    mutating func int(_ key: String) -> Int? {
        switch value(key) {
        case nil, .null: return nil
        case let .integer(value): return value
        default: mismatched = true; return nil
        }
    }

    mutating func double(_ key: String) -> Double? {
        switch value(key) {
        case nil, .null: return nil
        case let .integer(value): return Double(value)
        case let .number(value): return value
        default: mismatched = true; return nil
        }
    }

    mutating func string(_ key: String) -> String? {
        switch value(key) {
        case nil, .null: return nil
        case let .string(value): return value
        default: mismatched = true; return nil
        }
    }
}
