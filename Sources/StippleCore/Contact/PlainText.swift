import Foundation

/// Checks for the free text people type: names on one line, notes on several, each with a
/// maximum length and without control characters. A line break in a name ends up in an email
/// header, and a NUL cuts text short in C-based layers, so both are refused where they come in,
/// with the field named, instead of being trimmed silently.
public enum PlainText {
    /// A control character: C0 (line breaks and tabs among them), DEL, C1, and the Unicode line
    /// and paragraph separators.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// One line of text (a name, a title): trimmed, 1 to `maximum` characters, no control characters.
    public static func line(_ raw: String, field: String, maximum: Int = 200) throws -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        // Counted in code points, as JSON Schema's maxLength counts them.
        guard !text.isEmpty, text.unicodeScalars.count <= maximum else {
            throw FieldError(field: field, message: "must be 1 to \(maximum) characters")
        }
        guard !text.unicodeScalars.contains(where: isControl) else {
            throw FieldError(field: field, message: "must be one line without control characters")
        }
        return text
    }

    /// Text of several lines (a note): trimmed, at most `maximum` characters, line breaks and
    /// tabs allowed, other control characters not; nil when empty.
    public static func note(_ raw: String?, field: String, maximum: Int = 2000) throws -> String? {
        // Counted as sent, in code points as JSON Schema's maxLength counts them, before trimming.
        guard (raw?.unicodeScalars.count ?? 0) <= maximum else {
            throw FieldError(field: field, message: "must be at most \(maximum) characters")
        }
        guard let text = raw?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return nil }
        guard !text.unicodeScalars.contains(where: { isControl($0) && !["\r", "\n", "\t"].contains($0) }) else {
            throw FieldError(field: field, message: "must not contain control characters")
        }
        return text
    }

    /// A phone number as people write it: digits with an optional leading +, spaces, dots,
    /// hyphens and brackets; 6 to 20 digits.
    public static func phone(_ raw: String, field: String = "phone") throws -> String {
        let text = raw.trimmingCharacters(in: .whitespaces)
        let allowed = Set("0123456789 ()-.".unicodeScalars)
        let body = text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        let digits = body.unicodeScalars.filter { ("0"..."9").contains($0) }.count
        guard body.unicodeScalars.allSatisfy(allowed.contains), (6...20).contains(digits) else {
            throw FieldError(field: field, message: "must be a phone number: digits, with an optional leading +")
        }
        return text
    }
}
