import Foundation
import StippleCore

/// The sender of reminder emails, from `STIPPLE_SMTP_FROM`: a bare address
/// (`reminders@clinic.example`) or a name and an address (`Stipple Reminders
/// <reminders@clinic.example>`). The envelope (`MAIL FROM`) takes the address alone; the
/// `From:` header takes the name when there is one, or the clinic's name.
struct MailSender: Sendable, Equatable {
    var address: EmailAddress
    var displayName: String?

    init(_ raw: String) throws {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if let open = text.lastIndex(of: "<") {
            guard text.hasSuffix(">") else {
                throw SettingsError(message: "STIPPLE_SMTP_FROM must be an address, or a name and <address>")
            }
            var name = text[..<open].trimmingCharacters(in: .whitespaces)
            if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") { name = String(name.dropFirst().dropLast()) }
            do {
                address = try EmailAddress(String(text[text.index(after: open)..<text.index(before: text.endIndex)]))
                displayName = name.isEmpty ? nil : try PlainText.line(name, field: "name")
            } catch let error as FieldError {
                throw SettingsError(message: "STIPPLE_SMTP_FROM: the \(error.field == "email" ? "address" : "name") \(error.message)")
            }
        } else {
            do {
                address = try EmailAddress(text)
            } catch let error as FieldError {
                throw SettingsError(message: "STIPPLE_SMTP_FROM (the sender's address) \(error.message)")
            }
        }
    }

    /// The `From:` header's value: this sender's name, or `fallbackName` (the clinic's).
    func header(fallbackName: String) throws -> String {
        "\(try MailHeader.phrase(displayName ?? fallbackName)) <\(address.text)>"
    }
}
