import Foundation

/// Collects every problem of a protocol document, each with its path, so one run names them all.
struct ProtocolValidator {
    let languages: [Language]
    var problems: [ProtocolError.Problem] = []

    mutating func fail(_ path: String, _ message: String) {
        problems.append(.init(path: path, message: message))
    }

    mutating func check(_ condition: Bool, _ path: String, _ message: String) {
        if !condition { fail(path, message) }
    }

    /// Every declared language present and non-empty, and only known placeholders used.
    mutating func text(_ text: LocalizedText, _ path: String, placeholders: Set<String> = []) {
        for language in languages {
            guard let value = text.values[language],
                  !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            else {
                fail("\(path).\(language.rawValue)", "is missing")
                continue
            }
            for name in Template.placeholders(in: value) where !placeholders.contains(name) {
                let known = placeholders.isEmpty ? "none" : placeholders.sorted().map { "{\($0)}" }.joined(separator: ", ")
                fail("\(path).\(language.rawValue)", "unknown placeholder {\(name)} (allowed: \(known))")
            }
        }
    }
}
