import Foundation

/// One email address: a single RFC 5322 addr-spec of the plain form mail systems accept
/// (`local@domain.tld`), checked before it is stored and again before it goes on the wire.
///
/// Anything else is refused rather than repaired: a list (`a@x.com, b@y.com`), a display name, a
/// quoted local part, an address literal, a domain without a dot (`a@b`), control characters
/// (a CR/LF in an address becomes a second SMTP command), or more than 254 characters.
public struct EmailAddress: Sendable, Hashable, CustomStringConvertible {
    public let text: String

    public var description: String { text }

    /// The address, or a `FieldError` naming `field` that says what is wrong.
    public init(_ raw: String, field: String = "email") throws {
        let text = raw.trimmingCharacters(in: .whitespaces)
        func refuse(_ why: String) -> FieldError { FieldError(field: field, message: why) }
        guard !text.isEmpty else { throw refuse("must be an email address") }
        guard text.utf8.count <= 254 else { throw refuse("must be at most 254 characters") }
        guard !text.unicodeScalars.contains(where: PlainText.isControl) else {
            throw refuse("must not contain line breaks or control characters")
        }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { throw refuse("must be one address of the form name@example.com") }
        let local = parts[0], domain = parts[1]
        guard !local.isEmpty, local.utf8.count <= 64, Self.isDotAtom(local) else {
            throw refuse("must be one address of the form name@example.com")
        }
        guard Self.isHostName(domain) else { throw refuse("must end in a domain such as example.com") }
        self.text = text
    }

    /// RFC 5322 dot-atom: atext characters in runs separated by single dots.
    static func isDotAtom(_ s: Substring) -> Bool {
        let atextSymbols = Set("!#$%&'*+-/=?^_`{|}~".unicodeScalars)
        var previousWasDot = true
        for scalar in s.unicodeScalars {
            if scalar == "." {
                if previousWasDot { return false }
                previousWasDot = true
            } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || atextSymbols.contains(scalar) {
                previousWasDot = false
            } else {
                return false
            }
        }
        return !previousWasDot
    }

    /// A DNS name of at least two labels: letters, digits and inner hyphens, 63 characters a
    /// label, and a top-level label that is not all digits.
    static func isHostName(_ s: Substring) -> Bool {
        let labels = s.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, s.utf8.count <= 253 else { return false }
        for label in labels {
            guard (1...63).contains(label.utf8.count), label.first != "-", label.last != "-" else { return false }
            guard label.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") })
            else { return false }
        }
        return !(labels.last!.allSatisfy(\.isNumber))
    }
}
