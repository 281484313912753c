import Foundation
import StippleCore

/// What a person typed to find a client, for the API's client list and the Clients page alike.
enum ClientSearch {
    /// Nil for no search; a 422 naming `q` for text there is nothing to search by in.
    static func query(_ text: String?) throws -> ClientSearchQuery? {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        guard let query = ClientSearchQuery.parse(text) else {
            throw APIError.invalid("q", "give at least two letters of a name, four digits of a phone number, an email or a date of birth")
        }
        return query
    }
}
