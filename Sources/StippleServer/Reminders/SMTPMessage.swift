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
        let booking = r.kind.hasPrefix("booking-")
        if let link = r.link {
            let label = r.kind == "booking-waitlist-offer" ? (nl ? "Deze tijd nemen: " : "Take this time: ")
                : booking ? (nl ? "Wijzigen of annuleren: " : "Change or cancel: ") : (nl ? "Je pagina: " : "Your page: ")
            body += "\n\n" + label + link
        }
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
        ]
        // A bare CR in the text would be a line end to some servers and not to others.
        let text = body.replacingOccurrences(of: "\r", with: "").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let plain = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
        var lines: [String]
        if let calendar = r.calendar {
            // The text, then the calendar file as an attachment (RFC 2046 multipart/mixed); base64
            // keeps its CRLF line ends and folded lines intact through any relay.
            let boundary = "stipple-" + r.idempotencyKey
            let encoded = Data(calendar.utf8).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn,
                                                                            .endLineWithLineFeed])
            lines = ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", "", "--\(boundary)"] + plain + [""] + text
            lines += ["--\(boundary)", "Content-Type: text/calendar; charset=utf-8; method=PUBLISH; name=\"booking.ics\"",
                      "Content-Disposition: attachment; filename=\"booking.ics\"", "Content-Transfer-Encoding: base64", ""]
            lines += encoded.components(separatedBy: "\r\n")
            lines += ["--\(boundary)--"]
        } else {
            lines = plain + [""] + text
        }
        return (headers + lines).map { $0.hasPrefix(".") ? "." + $0 : $0 }.joined(separator: "\r\n")
    }
}
