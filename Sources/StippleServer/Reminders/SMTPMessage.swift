import Foundation
import NIOPosix
import NIOSSL
import StippleCore
import Synchronization

/// A reminder as an email: plain text in UTF-8, CRLF line ends, leading dots doubled.
enum SMTPMessage {
    /// Throws `MailHeader.Refused` when a name for a header holds a line break.
    static func compose(_ r: OutgoingReminder, sender: MailSender, to: EmailAddress) throws -> String {
        let nl = r.language == "nl-NL"
        let subject = r.subject ?? (nl ? "Je herstel: dag \(r.day)" : "Your healing: day \(r.day)")
        var body = r.text
        if let link = r.link { body += "\n\n" + (nl ? "Je pagina: " : "Your page: ") + link }
        body += "\n\n" + r.clinic
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let headers = [
            "From: \(try sender.header(fallbackName: r.clinic))",
            "To: \(try MailHeader.phrase(r.clientName)) <\(to.text)>",
            "Subject: \(try MailHeader.unstructured(subject))",
            "Date: \(formatter.string(from: Date()))",
            "Message-ID: <\(r.idempotencyKey)@stipple.reminders>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        // A bare CR in the text would be a line end to some servers and not to others.
        let lines = body.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        return (headers + [""] + lines).joined(separator: "\r\n")
    }
}
