import Foundation
import StippleCore
import StippleStore
import Vapor

/// An error a client of the API can act on: a status, a stable code, a message, and the field
/// at fault where there is one. Every error response has the body
/// `{"error": {"code": …, "message": …, "field": …}}`.
struct APIError: Error, Sendable {
    var status: HTTPResponseStatus
    var code: String
    var message: String
    var field: String?

    static func badRequest(_ message: String, field: String? = nil) -> APIError {
        APIError(status: .badRequest, code: "invalid_request", message: message, field: field)
    }

    static func invalid(_ field: String, _ message: String) -> APIError {
        APIError(status: .unprocessableEntity, code: "invalid_field", message: message, field: field)
    }

    static func notFound(_ what: String) -> APIError {
        APIError(status: .notFound, code: "not_found", message: "\(what) not found")
    }

    static let unauthorized = APIError(status: .unauthorized, code: "unauthorized",
                                       message: "a valid bearer token is required")

    static func forbidden(_ message: String) -> APIError {
        APIError(status: .forbidden, code: "forbidden", message: message)
    }

    init(status: HTTPResponseStatus, code: String, message: String, field: String? = nil) {
        self.status = status; self.code = code; self.message = message; self.field = field
    }

    /// A field error from the engine's input checks.
    init(_ error: FieldError) {
        self.init(status: .unprocessableEntity, code: "invalid_field", message: error.message,
                  field: error.field.isEmpty ? nil : error.field)
    }
}
