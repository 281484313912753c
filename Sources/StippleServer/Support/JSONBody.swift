import Foundation
import StippleCore
import Vapor

extension Request {
    /// The body decoded as JSON, or a 400/415/422 naming what could not be read.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try JSONCoding.decoder.decode(T.self, from: try jsonBody())
        } catch let error as DecodingError {
            throw JSONCoding.apiError(error)
        }
    }

    /// The body of a JSON request: sent as `application/json` (else 415), not empty (else 400),
    /// and without a key given twice in one object (else 422 naming it, since a parser would
    /// keep one of the two values without a word).
    func jsonBody() throws -> Data {
        guard headers.contentType.map({ $0.type == "application" && $0.subType == "json" }) ?? false else {
            throw APIError(status: .unsupportedMediaType, code: "unsupported_media_type",
                           message: "send JSON (Content-Type: application/json)")
        }
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw APIError.badRequest("the request needs a JSON body")
        }
        let data = Data(buffer: buffer)
        if let key = DuplicateKeys.first(in: data) { throw APIError.invalid(key, "is given twice") }
        return data
    }
}

enum JSONCoding {
    static let decoder: JSONDecoder = {
        let d = JSONDecoder()
        d.dateDecodingStrategy = .iso8601
        return d
    }()

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.dateEncodingStrategy = .iso8601
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    static func apiError(_ error: DecodingError) -> APIError {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let i = key.intValue { out += "[\(i)]" } else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return out
        }
        switch error {
        case let .keyNotFound(key, context):
            return .invalid(path(context.codingPath + [key]), "is missing")
        case let .typeMismatch(type, context):
            return .invalid(path(context.codingPath), "must be \(describe(type))")
        case let .valueNotFound(type, context):
            return .invalid(path(context.codingPath), "must be \(describe(type)), not null")
        case let .dataCorrupted(context):
            if context.codingPath.isEmpty { return .badRequest("the body is not valid JSON") }
            return .invalid(path(context.codingPath), context.debugDescription)
        @unknown default:
            return .badRequest("the body could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        if type is Int.Type { return "a whole number" }
        if type is Double.Type { return "a number" }
        if type is Bool.Type { return "true or false" }
        if type is String.Type { return "a string" }
        if type is Date.Type { return "a date and time (ISO 8601, e.g. 2026-11-20T10:00:00Z)" }
        if type is UUID.Type { return "an id" }
        return String(describing: type).hasPrefix("Array") ? "a list" : "an object"
    }
}

/// An enumeration in a request body, with the allowed values in its error message.
extension RawRepresentable where Self: CaseIterable, RawValue == String {
    static func parse(_ raw: String, field: String) throws -> Self {
        guard let value = Self(rawValue: raw) else {
            throw APIError.invalid(field, "must be one of \(allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }
}
