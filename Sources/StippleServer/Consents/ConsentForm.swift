import Foundation
import StippleCore

/// The checks a consent passes, for the API and the client record page alike.
enum ConsentForm {
    static func kind(_ text: String) throws -> ConsentKind {
        guard let kind = ConsentKind(rawValue: text) else {
            throw APIError.invalid("kind", "must be one of \(ConsentKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }

    static func note(_ text: String?) throws -> String? {
        try PlainText.note(text, field: "note", maximum: 500)
    }
}
