import AsyncHTTPClient
import Crypto
import Foundation
import NIOCore
import NIOFoundationCompat

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
