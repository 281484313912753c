import Foundation
import StippleCore

// Encoding helpers for stored values, and what the engine needs from a client's record.

enum Codecs {
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "{}"
    }

    /// A stored comma-separated list; an item that is not a `T` is a `StoredDataError`.
    static func list<T: RawRepresentable>(_ text: String, _ table: String, _ column: String) throws -> [T]
        where T.RawValue == String {
        try text.split(separator: ",").map { try storedValue(String($0), table, column) }
    }
}

extension ClientRecord {
    /// The client's age on `day`.
    public func age(on day: LocalDate) -> Int { AgeCheck.age(born: dateOfBirth, on: day) }

    /// What the engine needs to estimate healing after `session`, on `day`.
    public func factors(session: TreatmentSession?, on day: LocalDate) -> ClientFactors {
        var conditions = Set<HealthCondition>()
        if screening.diabetes { conditions.insert(.diabetes) }
        if screening.immunosuppressantsOrSteroids || screening.chemotherapy { conditions.insert(.immunosuppression) }
        if screening.scalpPsoriasisOrEczema { conditions.insert(.scalpPsoriasisOrEczema) }
        if screening.keloidTendency { conditions.insert(.keloidHistory) }
        if hairLossCondition == .scars || session?.zones.contains(.scar) == true { conditions.insert(.scarTissue) }
        return ClientFactors(
            age: age(on: day), sex: sex, skinType: skinType, oilySkin: oilySkin, thickSkin: thickSkin,
            zones: Set(session?.zones ?? []), needleDepth: session?.depth, sessionNumber: session?.sessionNumber ?? 1,
            friction: Set(friction), conditions: conditions, anticoagulants: screening.anticoagulants)
    }
}
