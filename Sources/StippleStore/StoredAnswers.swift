import Foundation
import StippleCore

/// Check-in and screening answers as the store keeps them: one flat JSON object each.
///
/// Read field by field from the object, not through `Decodable`: a client page reads every
/// check-in of its journey, and the generic decoding machinery (boxed containers, metadata
/// look-ups, casts per field) cost more than the rest of the row. Whatever this reader does not
/// expect (an unknown key, a value of another type, escapes) is handed to `JSONDecoder`, so a
/// field added to the engine's types is never lost, only read the slower way until it is added
/// here.
enum StoredAnswers {
    /// Stored check-in answers; answers that read as no check-in are a `StoredDataError`, never
    /// a check-in left out of the journey.
    static func checkIn(_ text: String) throws -> CheckIn {
        if let answers = readCheckIn(text) { return answers }
        do { return try JSONDecoder().decode(CheckIn.self, from: Data(text.utf8)) }
        catch { throw StoredDataError(table: "check_ins", column: "answers") }
    }

    /// A stored screening; one that cannot be read is a `StoredDataError`, never "nothing disclosed".
    static func screening(_ text: String) throws -> ScreeningAnswers {
        if let screening = readScreening(text) { return screening }
        do { return try JSONDecoder().decode(ScreeningAnswers.self, from: Data(text.utf8)) }
        catch { throw StoredDataError(table: "clients", column: "screening") }
    }

    /// The answers read in one pass, or nil when they need `JSONDecoder`.
    static func readCheckIn(_ text: String) -> CheckIn? {
        // The day is required.
        guard var v = StoredValues<CheckInKey>(text), let day = v.int(.day) else { return nil }
        let discharge = v.string(.discharge).map(CheckIn.Discharge.init(rawValue:))
        let checkIn = CheckIn(
            day: day, redness: v.int(.redness), swelling: v.int(.swelling), pain: v.int(.pain),
            heat: v.int(.heat), discharge: discharge ?? nil, foulSmell: v.bool(.foulSmell),
            temperatureC: v.double(.temperatureC), feelsUnwell: v.bool(.feelsUnwell), shivering: v.bool(.shivering),
            systemicSymptoms: v.bool(.systemicSymptoms), spreadingRedness: v.bool(.spreadingRedness),
            swellingNearEyes: v.bool(.swellingNearEyes), breathingDifficulty: v.bool(.breathingDifficulty),
            scabs: v.bool(.scabs), scabsPicked: v.bool(.scabsPicked), oozing: v.bool(.oozing),
            itchyRaisedDots: v.bool(.itchyRaisedDots), blurredDots: v.bool(.blurredDots), plaques: v.bool(.plaques),
            washed: v.bool(.washed), sweated: v.bool(.sweated), sun: v.bool(.sun), hat: v.bool(.hat),
            swimming: v.bool(.swimming))
        // A discharge must be one the engine knows.
        guard !v.mismatched, discharge != .some(nil) else { return nil }
        return checkIn
    }

    /// The screening read in one pass, or nil when it needs `JSONDecoder`.
    static func readScreening(_ text: String) -> ScreeningAnswers? {
        guard var v = StoredValues<ScreeningKey>(text) else { return nil }
        // A flag left out is a no, as in `ScreeningAnswers.init(from:)`.
        let screening = ScreeningAnswers(
            bleedingDisorder: v.bool(.bleedingDisorder) ?? false, anticoagulants: v.bool(.anticoagulants) ?? false,
            pregnantOrBreastfeeding: v.bool(.pregnantOrBreastfeeding) ?? false,
            keloidTendency: v.bool(.keloidTendency) ?? false, diabetes: v.bool(.diabetes) ?? false,
            isotretinoin: v.bool(.isotretinoin) ?? false, scalpPsoriasisOrEczema: v.bool(.scalpPsoriasisOrEczema) ?? false,
            immunosuppressantsOrSteroids: v.bool(.immunosuppressantsOrSteroids) ?? false,
            recentAntibiotics: v.bool(.recentAntibiotics) ?? false, skinCancer: v.bool(.skinCancer) ?? false,
            chemotherapy: v.bool(.chemotherapy) ?? false, allergies: v.string(.allergies))
        return v.mismatched ? nil : screening
    }
}

/// The keys of a stored object, named as the engine's types encode them and in the order the
/// store writes them (sorted), so each key read is usually the next one.
protocol StoredKey: CaseIterable, RawRepresentable where RawValue == Int, AllCases == [Self] {
    static var keys: FlatKeys { get }
}

enum CheckInKey: Int, StoredKey {
    case blurredDots, breathingDifficulty, day, discharge, feelsUnwell, foulSmell, hat, heat, itchyRaisedDots, oozing
    case pain, plaques, redness, scabs, scabsPicked, shivering, spreadingRedness, sun, sweated, swelling
    case swellingNearEyes, swimming, systemicSymptoms, temperatureC, washed

    static let keys = FlatKeys(allCases.map { "\($0)" })
}

enum ScreeningKey: Int, StoredKey {
    case allergies, anticoagulants, bleedingDisorder, chemotherapy, diabetes, immunosuppressantsOrSteroids
    case isotretinoin, keloidTendency, pregnantOrBreastfeeding, recentAntibiotics, scalpPsoriasisOrEczema, skinCancer

    static let keys = FlatKeys(allCases.map { "\($0)" })
}

/// One stored object's values by key. An absent or null key reads as nil; a value of another
/// type reads as nil and marks the object as mismatched, so the caller falls back.
struct StoredValues<Key: StoredKey> {
    private let values: [FlatJSONDecoder.Scalar?]
    private(set) var mismatched = false

    init?(_ text: String) {
        guard let values = FlatJSONDecoder.values(text, keys: Key.keys) else { return nil }
        self.values = values
    }

    mutating func bool(_ key: Key) -> Bool? {
        value(key) { if case let .bool(value) = $0 { value } else { nil } }
    }

    mutating func int(_ key: Key) -> Int? {
        value(key) { if case let .integer(value) = $0 { value } else { nil } }
    }

    mutating func double(_ key: Key) -> Double? {
        value(key) {
            switch $0 {
            case let .integer(value): Double(value)
            case let .number(value): value
            default: nil
            }
        }
    }

    mutating func string(_ key: Key) -> String? {
        value(key) { if case let .string(value) = $0 { value } else { nil } }
    }

    /// The key's value as `convert` reads it; nil, and mismatched, when it is of another type.
    private mutating func value<T>(_ key: Key, _ convert: (FlatJSONDecoder.Scalar) -> T?) -> T? {
        guard let value = values[key.rawValue], value != .null else { return nil }
        guard let converted = convert(value) else {
            mismatched = true
            return nil
        }
        return converted
    }
}
