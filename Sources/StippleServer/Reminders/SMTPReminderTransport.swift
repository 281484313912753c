import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import StippleCore
import Synchronization

/// Sends each reminder as a plain-text email over SMTP, one connection a batch: STARTTLS (the
/// default) or implicit TLS, optional AUTH PLAIN. SMTP has no idempotency key; the message's
/// `Message-ID` is built from the reminder's id, so a reminder sent again after a crash carries
/// the same id and mail systems that drop repeated ids show it once.
///
/// A reminder counts as delivered only when the server accepts its message (250 after the
/// data). Addresses and header values are checked again before anything is written: a stored
/// value with a line break is refused for good instead of becoming a command of its own, and a
/// reply that does not fit the command sent ends the conversation, since every later reply
/// would be read against the wrong message.
public struct SMTPReminderTransport: ReminderTransport {
    public struct Settings: Sendable, Equatable {
        public enum Security: String, Sendable { case startTLS = "starttls", tls, plain }
        public var host: String
        public var port: Int
        public var security: Security
        public var username: String?
        public var password: String?
        public var from: String

        public init(host: String, port: Int, security: Security, username: String? = nil, password: String? = nil, from: String) {
            self.host = host; self.port = port; self.security = security
            self.username = username; self.password = password; self.from = from
        }

        /// `STIPPLE_SMTP_HOST`, `_PORT` (587), `_SECURITY` (`starttls`, `tls`, or `plain` for a
        /// relay on this machine only), `_USERNAME`, `_PASSWORD`, `_FROM`.
        static func fromEnvironment(_ env: [String: String]) throws -> Settings? {
            guard let host = env["STIPPLE_SMTP_HOST"], !host.isEmpty else { return nil }
            guard let from = env["STIPPLE_SMTP_FROM"], !from.isEmpty else {
                throw SettingsError(message: "STIPPLE_SMTP_FROM (the sender's address) is required with STIPPLE_SMTP_HOST")
            }
            _ = try MailSender(from)
            guard let security = Security(rawValue: env["STIPPLE_SMTP_SECURITY"] ?? "starttls") else {
                throw SettingsError(message: "STIPPLE_SMTP_SECURITY must be starttls, tls or plain")
            }
            if security == .plain, !["localhost", "127.0.0.1", "::1"].contains(host) {
                throw SettingsError(message: "STIPPLE_SMTP_SECURITY=plain is for a relay on this machine only")
            }
            let port = env["STIPPLE_SMTP_PORT"].flatMap(Int.init) ?? (security == .tls ? 465 : 587)
            return Settings(host: host, port: port, security: security, username: env["STIPPLE_SMTP_USERNAME"],
                            password: env["STIPPLE_SMTP_PASSWORD"], from: from)
        }
    }

    let settings: Settings
    let timeout: TimeAmount

    public init(settings: Settings, timeout: TimeAmount = .seconds(20)) {
        self.settings = settings
        self.timeout = timeout
    }

    /// A reminder ready for the wire: its checked recipient and its composed message.
    struct Envelope: Sendable {
        var key: String
        var to: EmailAddress
        var message: String
    }

    public func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome] {
        var out: [String: DeliveryOutcome] = [:]
        guard let sender = try? MailSender(settings.from) else {
            for r in batch { out[r.idempotencyKey] = .permanentFailure("STIPPLE_SMTP_FROM is not a usable sender") }
            return out
        }
        var mailable: [Envelope] = []
        for r in batch {
            guard let email = r.email, !email.isEmpty else {
                out[r.idempotencyKey] = .permanentFailure("the client has no email address"); continue
            }
            guard let to = try? EmailAddress(email) else {
                out[r.idempotencyKey] = .permanentFailure("the stored email address is not one valid address"); continue
            }
            guard let message = try? SMTPMessage.compose(r, sender: sender, to: to) else {
                out[r.idempotencyKey] = .permanentFailure("a header value holds a line break or a control character"); continue
            }
            mailable.append(Envelope(key: r.idempotencyKey, to: to, message: message))
        }
        guard !mailable.isEmpty else { return out }
        let envelopes = mailable
        // What the server answered, kept as it comes, so a connection lost mid-batch still
        // reports the messages it had accepted.
        let answered = Answers()
        var failure = "the connection ended before the server answered"
        do {
            try await withTimeout(timeout * Int64(max(1, envelopes.count))) {
                try await send(envelopes, from: sender.address) { key, outcome in answered.record(key, outcome) }
            }
        } catch let error as SMTPError {
            failure = error.message
        } catch {
            failure = "\(type(of: error))"
        }
        out.merge(answered.all) { $1 }
        for r in mailable where out[r.key] == nil {
            out[r.key] = .temporaryFailure("smtp: \(failure)")
        }
        return out
    }

    private final class Answers: Sendable {
        private let outcomes = Mutex<[String: DeliveryOutcome]>([:])
        func record(_ key: String, _ outcome: DeliveryOutcome) { outcomes.withLock { $0[key] = outcome } }
        var all: [String: DeliveryOutcome] { outcomes.withLock { $0 } }
    }

    private func send(_ envelopes: [Envelope], from: EmailAddress, record: @Sendable (String, DeliveryOutcome) -> Void) async throws {
        let settings = settings
        let tls = try NIOSSLContext(configuration: .makeClientConfiguration())
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(timeout)
            .connect(host: settings.host, port: settings.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if settings.security == .tls {
                        try channel.pipeline.syncOperations.addHandler(
                            try NIOSSLClientHandler(context: tls, serverHostname: settings.host))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        try await channel.executeThenClose { inbound, outbound in
            var conversation = SMTPConversation(lines: inbound.makeAsyncIterator(), outbound: outbound)
            try await conversation.expect(220)
            try await conversation.command("EHLO stipple", expect: 250)
            if settings.security == .startTLS {
                try await conversation.command("STARTTLS", expect: 220)
                let raw = channel.channel
                try await raw.eventLoop.submit {
                    try raw.pipeline.syncOperations.addHandler(
                        try NIOSSLClientHandler(context: tls, serverHostname: settings.host), position: .first)
                }.get()
                try await conversation.command("EHLO stipple", expect: 250)
            }
            if let user = settings.username, let password = settings.password {
                let credentials = Data(([0] + Array(user.utf8) + [0] + Array(password.utf8))).base64EncodedString()
                try await conversation.command("AUTH PLAIN \(credentials)", expect: 235, redacted: true)
            }
            for envelope in envelopes {
                switch try await conversation.send(envelope.message, from: from, to: envelope.to) {
                case .accepted:
                    record(envelope.key, .delivered)
                case let .refused(code):
                    record(envelope.key, code < 500 ? .temporaryFailure("smtp answered \(code)")
                                                     : .permanentFailure("smtp refused it with \(code)"))
                    _ = try await conversation.raw("RSET")
                }
            }
            _ = try? await conversation.raw("QUIT")
        }
    }

    private func withTimeout(_ limit: TimeAmount, _ body: @escaping @Sendable () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(nanoseconds: UInt64(limit.nanoseconds))
                throw SMTPError(message: "timed out")
            }
            try await group.next()
            group.cancelAll()
        }
    }
}
