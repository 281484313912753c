import Crypto
import Foundation

/// Which transport the server uses, from the environment.
public enum ReminderTransportSetting: Sendable, Equatable {
    /// JSON lines appended to a file: the default, so the demo shows what would be sent.
    case file(path: String)
    /// A JSON `POST` per reminder, signed with HMAC-SHA256, for SMS and email providers.
    case webhook(url: String, secret: String)
    /// Email through an SMTP server.
    case smtp(SMTPReminderTransport.Settings)

    /// `STIPPLE_SMTP_HOST` selects SMTP; `STIPPLE_REMINDER_WEBHOOK_URL` and
    /// `STIPPLE_REMINDER_WEBHOOK_SECRET` the webhook; otherwise the file `<data>/outbox/reminders.jsonl`.
    public static func fromEnvironment(_ env: [String: String], dataDirectory: String) throws -> ReminderTransportSetting {
        if let smtp = try SMTPReminderTransport.Settings.fromEnvironment(env) { return .smtp(smtp) }
        if let url = env["STIPPLE_REMINDER_WEBHOOK_URL"], !url.isEmpty {
            guard let secret = env["STIPPLE_REMINDER_WEBHOOK_SECRET"], secret.count >= 16 else {
                throw SettingsError(message: "STIPPLE_REMINDER_WEBHOOK_SECRET (16 characters or more) is required with STIPPLE_REMINDER_WEBHOOK_URL")
            }
            return .webhook(url: url, secret: secret)
        }
        return .file(path: ((dataDirectory as NSString).appendingPathComponent("outbox") as NSString)
            .appendingPathComponent("reminders.jsonl"))
    }

    public var description: String {
        switch self {
        case let .file(path): "file \(path)"
        case let .webhook(url, _): "webhook \(URLComponents(string: url)?.host ?? "?")"
        case let .smtp(s): "SMTP server \(s.host):\(s.port) (\(s.security.rawValue))"
        }
    }
}
