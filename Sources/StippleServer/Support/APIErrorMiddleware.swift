import Foundation
import StippleCore
import StippleStore
import Vapor

/// Turns every error into the JSON error body. Unexpected errors become a 500 whose message says
/// nothing of the request or its data; their detail goes to the log.
struct APIErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let api = Self.apiError(for: error)
            Self.logUnexpected(error, api, request)
            let response = Response(status: api.status)
            try response.content.encode(ErrorBody(error: .init(code: api.code, message: api.message, field: api.field)))
            return response
        }
    }

    /// A 500's error in the log by its type only: error descriptions can quote the data that
    /// caused them. Stored data that cannot be read names its table and column, never its value.
    static func logUnexpected(_ error: any Error, _ api: APIError, _ request: Request) {
        guard api.status == .internalServerError else { return }
        var metadata: Logger.Metadata = ["type": "\(type(of: error))"]
        if let stored = error as? StoredDataError {
            metadata["table"] = "\(stored.table)"
            metadata["column"] = "\(stored.column)"
        }
        request.logger.error("unexpected error", metadata: metadata)
    }

    static func apiError(for error: any Error) -> APIError {
        switch error {
        case let e as APIError:
            return e
        case let e as FieldError:
            return APIError(e)
        case let e as ConsentMissing:
            return APIError(status: .conflict, code: "consent_missing",
                            message: "the client has not given (or has withdrawn) consent: \(e.kind.title.lowercased())",
                            field: "consent.\(e.kind.rawValue)")
        case let e as PigmentBatchCheck.Refusal:
            return APIError.invalid("pigmentBatchID", "the batch \(e.message)")
        case is PigmentBatchExists:
            return APIError(status: .conflict, code: "conflict", message: "this clinic's register already holds this product's lot",
                            field: "lot")
        case is PigmentBatchAlreadyRecalled:
            return APIError(status: .conflict, code: "already_recalled", message: "the batch has been recalled already")
        case let e as DecodingError:
            // Query strings and bodies Vapor decodes for us.
            let api = JSONCoding.apiError(e)
            return APIError(status: .badRequest, code: "invalid_request", message: api.message, field: api.field)
        case let e as any AbortError:
            switch e.status {
            case .unauthorized: return .unauthorized
            case .notFound: return APIError(status: .notFound, code: "not_found", message: "no such resource")
            case .payloadTooLarge: return APIError(status: .payloadTooLarge, code: "too_large", message: "the request body is too large")
            case .unsupportedMediaType:
                return APIError(status: .unsupportedMediaType, code: "unsupported_media_type", message: "send JSON (Content-Type: application/json)")
            default:
                let code = e.status.code < 500 ? "invalid_request" : "server_error"
                return APIError(status: e.status, code: code, message: e.status.reasonPhrase)
            }
        default:
            return APIError(status: .internalServerError, code: "server_error", message: "something went wrong on our side")
        }
    }
}
