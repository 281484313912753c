import Vapor

/// A list request's page: `limit` (1 to `maximum`, default `defaultLimit`) and `offset` (0 or
/// more). Every list the API answers is paged, so no request reads or sends an unbounded
/// number of rows. Not a whole number: 400; out of range: 422; either names the field.
struct Paging: Sendable, Equatable {
    var limit: Int
    var offset: Int
    /// Far past any chain's list; a bound, so the document can give one.
    static let maximumOffset = 1_000_000

    init(limit: Int, offset: Int) {
        self.limit = limit
        self.offset = offset
    }

    init(_ req: Request, defaultLimit: Int = 50, maximum: Int = 200) throws {
        func number(_ name: String) throws -> Int? {
            guard let text = req.query[String.self, at: name] else { return nil }
            guard let value = Int(text) else { throw APIError.badRequest("\(name) must be a whole number", field: name) }
            return value
        }
        limit = try number("limit") ?? defaultLimit
        offset = try number("offset") ?? 0
        guard (1...maximum).contains(limit) else { throw APIError.invalid("limit", "must be from 1 to \(maximum)") }
        guard (0...Self.maximumOffset).contains(offset) else {
            throw APIError.invalid("offset", "must be from 0 to \(Self.maximumOffset)")
        }
    }

    /// The page of a list already read whole (a client's own sessions, consents or journeys:
    /// tens of rows, read whole by the engine anyway).
    func slice<T>(_ items: [T]) -> [T] {
        Array(items.dropFirst(offset).prefix(limit))
    }
}
