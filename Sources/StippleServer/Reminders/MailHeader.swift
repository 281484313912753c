import Foundation
import StippleCore

/// Header values of reminder emails. Anything that came from the database is checked again
/// here: a line break in a header value would start a header of its own, so such a value is
/// refused, never cleaned up and sent.
enum MailHeader {
    struct Refused: Error { var message: String }

    /// A display name as a header phrase: ASCII letters, digits, spaces and the marks RFC 5322
    /// allows in an atom go as they are; anything else (accents, quotes, commas, brackets) as
    /// RFC 2047 encoded words (UTF-8, base64), so `Zoë O'Brien-Müller` arrives as typed.
    static func phrase(_ text: String) throws -> String {
        try refuseControls(text)
        let atext = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !#$%&'*+-/=?^_`{|}~".unicodeScalars)
        if text.unicodeScalars.allSatisfy(atext.contains), !text.contains("=?") { return text }
        return encodedWords(text)
    }

    /// Free header text (a subject): printable ASCII as it is, anything else as encoded words.
    static func unstructured(_ text: String) throws -> String {
        try refuseControls(text)
        if text.unicodeScalars.allSatisfy({ (0x20...0x7E).contains($0.value) }), !text.contains("=?") { return text }
        return encodedWords(text)
    }

    private static func refuseControls(_ text: String) throws {
        if text.unicodeScalars.contains(where: PlainText.isControl) {
            throw Refused(message: "a header value holds a line break or a control character")
        }
    }

    /// RFC 2047 words of at most 75 characters each, split between characters (never inside
    /// one), separated by a space, which decoders drop between encoded words.
    static func encodedWords(_ text: String) -> String {
        // 75 - "=?utf-8?B?".count - "?=".count = 63 characters of base64: 45 bytes.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?utf-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: " ")
    }
}
