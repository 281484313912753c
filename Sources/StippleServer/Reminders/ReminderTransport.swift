import AsyncHTTPClient
import Crypto
import Foundation
import StippleStore
import NIOCore
import NIOFoundationCompat
import NIOHTTP1

/// A reminder ready to go: composed in the clinic's language, addressed, with a key the
/// transport uses to recognise a reminder it has already delivered.
public struct OutgoingReminder: Sendable, Codable, Equatable {
    /// The reminder's id: the same on every attempt.
    public var idempotencyKey: String
    public var journeyID: UUID
    public var kind: String
    public var day: Int
    public var language: String
    public var clinic: String
    public var clientName: String
    public var email: String?
    public var phone: String?
    public var text: String
    public var link: String?
}

public enum DeliveryOutcome: Sendable, Equatable {
    case delivered
    /// Worth another attempt later (a timeout, a 5xx, a 429).
    case temporaryFailure(String)
    /// No attempt will succeed (the provider refused the message).
    case permanentFailure(String)
}

/// Where reminders go. `deliver` answers for each reminder of the batch, by idempotency key.
public protocol ReminderTransport: Sendable {
    func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome]
}

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

/// Appends each reminder as one JSON line and flushes it to disk before answering, so a reminder
/// counted as delivered is on disk. It remembers every key it has written (read back from the
/// file on start), so a reminder sent again after a crash is not written twice.
public actor FileReminderTransport: ReminderTransport {
    let path: String
    private var written: Set<String>?

    public init(path: String) { self.path = path }

    public func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome] {
        do {
            var keys = try loadKeys()
            var out: [String: DeliveryOutcome] = [:]
            var lines = Data()
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for reminder in batch {
                out[reminder.idempotencyKey] = .delivered
                if keys.contains(reminder.idempotencyKey) { continue }
                lines += try encoder.encode(reminder)
                lines.append(0x0A)
                keys.insert(reminder.idempotencyKey)
            }
            if !lines.isEmpty {
                let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                try handle.seekToEnd()
                try handle.write(contentsOf: lines)
                try handle.synchronize()
            }
            written = keys
            return out
        } catch {
            written = nil  // read the file again next time
            return Dictionary(uniqueKeysWithValues: batch.map { ($0.idempotencyKey, .temporaryFailure("file: \(error)")) })
        }
    }

    private func loadKeys() throws -> Set<String> {
        if let written { return written }
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            try PrivateFiles.makeDirectory((path as NSString).deletingLastPathComponent)
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown)
            }
            return []
        }
        var keys = Set<String>()
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        struct Key: Decodable { var idempotencyKey: String }
        for line in data.split(separator: 0x0A) {
            if let key = try? JSONDecoder().decode(Key.self, from: line) { keys.insert(key.idempotencyKey) }
        }
        return keys
    }
}

/// POSTs each reminder as JSON to a provider's webhook. The body is signed:
/// `X-Stipple-Signature: sha256=<hex HMAC-SHA256 of the body with the shared secret>`, and
/// `Idempotency-Key` carries the reminder's id, so a provider can drop a repeat.
public struct WebhookReminderTransport: ReminderTransport {
    let url: String
    let secret: String
    let client: HTTPClient
    let timeout: TimeAmount

    public init(url: String, secret: String, client: HTTPClient, timeout: TimeAmount = .seconds(10)) {
        self.url = url
        self.secret = secret
        self.client = client
        self.timeout = timeout
    }

    public static func signature(_ body: Data, secret: String) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: body, using: SymmetricKey(data: Data(secret.utf8)))
        return "sha256=" + mac.map { String(format: "%02x", $0) }.joined()
    }

    public func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome] {
        var out: [String: DeliveryOutcome] = [:]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for reminder in batch {
            do {
                let body = try encoder.encode(reminder)
                var request = HTTPClientRequest(url: url)
                request.method = .POST
                request.headers.add(name: "Content-Type", value: "application/json")
                request.headers.add(name: "Idempotency-Key", value: reminder.idempotencyKey)
                request.headers.add(name: "X-Stipple-Signature", value: Self.signature(body, secret: secret))
                request.body = .bytes(ByteBuffer(data: body))
                let response = try await client.execute(request, timeout: timeout)
                let status = response.status.code
                switch status {
                case 200..<300: out[reminder.idempotencyKey] = .delivered
                case 408, 429, 500...: out[reminder.idempotencyKey] = .temporaryFailure("webhook answered \(status)")
                default: out[reminder.idempotencyKey] = .permanentFailure("webhook refused it with \(status)")
                }
            } catch {
                out[reminder.idempotencyKey] = .temporaryFailure("webhook: \(String(describing: error).prefix(200))")
            }
        }
        return out
    }
}
