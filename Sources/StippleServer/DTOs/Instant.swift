import Foundation

/// Instants in request bodies: ISO 8601 with a time zone, with or without fractional seconds.
enum Instant {
    /// Nothing Stipple keeps happened before 2000-01-01: a session dated year 1 is a slip of the
    /// keyboard, and would have each history page draw seven hundred thousand days.
    static let earliest = Date(timeIntervalSince1970: 946_684_800)

    /// `2027-03-28T12:00:00Z`: how an instant travels in a form or a query.
    static func format(_ date: Date) -> String { date.formatted(.iso8601) }

    static func parse(_ text: String, field: String) throws -> Date {
        let plain = ISO8601DateFormatter()
        let fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        guard let date = plain.date(from: text) ?? fractional.date(from: text) else {
            throw APIError.invalid(field, "must be a date and time (ISO 8601, e.g. 2026-11-20T10:00:00Z)")
        }
        return date
    }
}
