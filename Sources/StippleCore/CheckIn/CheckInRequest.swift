import Foundation

/// A check-in as clients and integrations send it in JSON, with the client's risk factors and
/// the earlier check-ins of the same journey. The field names are the public contract shared by
/// `stipple triage` and the HTTP API.
public struct CheckInRequest: Sendable, Equatable {
    public var checkIn: CheckIn
    public var client: RiskProfile?
    public var previous: [CheckIn]

    /// The check-in answer fields, in the order the questionnaire asks them.
    public static let checkInFields: [String] = [
        "day", "redness", "swelling", "pain", "heat", "discharge", "foulSmell", "temperatureC",
        "feelsUnwell", "shivering", "systemicSymptoms", "spreadingRedness", "swellingNearEyes",
        "breathingDifficulty", "scabs", "scabsPicked", "oozing", "itchyRaisedDots", "blurredDots",
        "plaques", "washed", "sweated", "sun", "hat", "swimming",
    ]
    static let clientFields: Set<String> = ["age", "diabetes", "immunosuppressed", "anticoagulants", "psoriasis"]

    /// Parses one JSON object. Unknown fields are rejected rather than ignored: a misspelt
    /// `temperatureC` must not silently read as "no fever". `requireDay` is false where the
    /// day comes from the time of the request instead.
    public static func parse(_ data: Data, requireDay: Bool = true) throws(FieldError) -> CheckInRequest {
        // A key given twice would be read as one of its values, silently: a fever could hide.
        if let key = DuplicateKeys.first(in: data) { throw FieldError(field: key, message: "is given twice") }
        let object: [String: Any]
        do {
            guard let parsed = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw FieldError(field: "", message: "must be a JSON object")
            }
            object = parsed
        } catch let error as FieldError {
            throw error
        } catch {
            throw FieldError(field: "", message: "is not valid JSON")
        }
        var extra = Set(checkInFields).union(["client", "previous"])
        if !requireDay { extra.insert("at") }
        try rejectUnknown(object, allowed: extra, prefix: "")
        if let client = object["client"] {
            guard let c = client as? [String: Any] else { throw FieldError(field: "client", message: "must be an object") }
            try rejectUnknown(c, allowed: clientFields, prefix: "client.")
        }
        if let previous = object["previous"] {
            guard let list = previous as? [Any] else { throw FieldError(field: "previous", message: "must be a list of check-ins") }
            for (i, item) in list.enumerated() {
                guard let c = item as? [String: Any] else { throw FieldError(field: "previous[\(i)]", message: "must be an object") }
                try rejectUnknown(c, allowed: Set(checkInFields), prefix: "previous[\(i)].")
            }
        }

        struct Wire: Decodable {
            var client: RiskProfile?
            var previous: [CheckIn]?
        }
        var checkIn: CheckIn
        let wire: Wire
        do {
            var source = object
            if !requireDay, source["day"] == nil { source["day"] = 0 }
            let normalized = try JSONSerialization.data(withJSONObject: source)
            checkIn = try JSONDecoder().decode(CheckIn.self, from: normalized)
            wire = try JSONDecoder().decode(Wire.self, from: normalized)
        } catch let error as DecodingError {
            throw fieldError(error)
        } catch {
            throw FieldError(field: "", message: "is not valid JSON")
        }
        if requireDay, object["day"] == nil { throw FieldError(field: "day", message: "is missing") }
        try checkIn.validate()
        if let age = wire.client?.age, !(0...120).contains(age) {
            throw FieldError(field: "client.age", message: "must be from 0 to 120, got \(age)")
        }
        let previous = wire.previous ?? []
        for (i, p) in previous.enumerated() {
            do { try p.validate() } catch {
                throw FieldError(field: "previous[\(i)].\(error.field)", message: error.message)
            }
        }
        return CheckInRequest(checkIn: checkIn, client: wire.client, previous: previous)
    }

    private static func rejectUnknown(_ object: [String: Any], allowed: Set<String>, prefix: String) throws(FieldError) {
        if let unknown = object.keys.sorted().first(where: { !allowed.contains($0) }) {
            throw FieldError(field: prefix + unknown, message: "is not a known field")
        }
    }

    static func fieldError(_ error: DecodingError) -> FieldError {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return out
        }
        switch error {
        case let .typeMismatch(type, context):
            let field = path(context.codingPath)
            return FieldError(field: field, message: "must be \(expected(type, field: field))")
        case let .valueNotFound(type, context):
            let field = path(context.codingPath)
            return FieldError(field: field, message: "must be \(expected(type, field: field)), not null")
        case let .keyNotFound(key, context):
            return FieldError(field: path(context.codingPath + [key]), message: "is missing")
        case let .dataCorrupted(context):
            let field = path(context.codingPath)
            if field.hasSuffix("discharge") {
                return FieldError(field: field, message: "must be one of none, clear, bloody, cloudy")
            }
            return FieldError(field: field, message: "has a value that cannot be read")
        @unknown default:
            return FieldError(field: "", message: "could not be read")
        }
    }

    private static func expected(_ type: Any.Type, field: String) -> String {
        if field.hasSuffix("discharge") { return "one of none, clear, bloody, cloudy" }
        switch type {
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is String.Type: return "a string"
        default: return "an object"
        }
    }
}
