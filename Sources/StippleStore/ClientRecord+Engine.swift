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
}

extension ClientHealth {
    /// What the engine needs to estimate healing after `session`, on `day`, for `client`.
    public func factors(of client: ClientRecord, session: TreatmentSession?, on day: LocalDate) -> ClientFactors {
        let answers = screening.response.answers, response = screening.response
        var conditions = Set<HealthCondition>()
        if answers.diabetes { conditions.insert(.diabetes) }
        if answers.immunosuppressantsOrSteroids || answers.chemotherapy { conditions.insert(.immunosuppression) }
        if answers.scalpPsoriasisOrEczema { conditions.insert(.scalpPsoriasisOrEczema) }
        if answers.keloidTendency { conditions.insert(.keloidHistory) }
        if response.condition == .scars || session?.zones.contains(.scar) == true { conditions.insert(.scarTissue) }
        return ClientFactors(
            age: client.age(on: day), sex: response.sex, skinType: skinType, oilySkin: response.oilySkin, thickSkin: thickSkin,
            zones: Set(session?.zones ?? []), needleDepth: session?.depth, sessionNumber: session?.sessionNumber ?? 1,
            friction: Set(response.friction), conditions: conditions, anticoagulants: answers.anticoagulants)
    }
}
