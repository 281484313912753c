import Foundation

/// What a person typed to find a client, read as the one thing it can be: a date of birth
/// (`1979-09-30`, `30/09/1979`, `30-09-1979`, `30.09.1979`), a whole email address (found
/// exactly, in any case) or part of one (it has an `@`; found anywhere in the address), a
/// phone number (digits with `+`, spaces, dots, hyphens and brackets; at least four digits,
/// matched anywhere in the stored number), or else words of the name, each of which must appear.
public enum ClientSearchQuery: Sendable, Equatable {
    case name([String])
    /// A whole address, as `EmailAddress` reads one: the client whose address it is.
    case emailAddress(String)
    /// Part of an address, matched anywhere in it.
    case email(String)
    case phone(digits: String)
    case dateOfBirth(LocalDate)

    /// Nil when there is nothing to search by: fewer than two letters of a name, or three digits of a phone.
    public static func parse(_ text: String) -> ClientSearchQuery? {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count <= 100 else { return nil }
        if let day = date(text) { return .dateOfBirth(day) }
        // Shaped like a date but not one (31/02/1979): nothing to search by, never a name.
        if text.contains(where: { "/.".contains($0) }), text.allSatisfy({ ($0.isASCII && $0.isNumber) || "/-.".contains($0) }),
           text.split(whereSeparator: { "/-.".contains($0) }).count == 3 { return nil }
        if text.contains("@") {
            if let whole = try? EmailAddress(text, field: "q") { return .emailAddress(whole.text.lowercased()) }
            return .email(text.lowercased())
        }
        let phoneMarks = Set(" +-().")
        if text.allSatisfy({ ($0.isASCII && $0.isNumber) || phoneMarks.contains($0) }) {
            let digits = text.filter { $0.isASCII && $0.isNumber }
            return digits.count >= 4 ? .phone(digits: digits) : nil
        }
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard words.joined().count >= 2 else { return nil }
        return .name(words)
    }

    private static func date(_ text: String) -> LocalDate? {
        if let day = LocalDate(iso: text) { return day }
        let parts = text.split(whereSeparator: { "/-.".contains($0) })
        guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2])
        else { return nil }
        return LocalDate(iso: String(format: "%04d-%02d-%02d", y, m, d))
    }
}
