import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Synchronization

/// Sends each reminder as a plain-text email over SMTP, one connection a batch: STARTTLS (the
/// default) or implicit TLS, optional AUTH PLAIN. SMTP has no idempotency key; the message's
/// `Message-ID` is built from the reminder's id, so a reminder sent again after a crash carries
/// the same id and mail systems that drop repeated ids show it once.
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
            guard let from = env["STIPPLE_SMTP_FROM"], from.contains("@") else {
                throw SettingsError(message: "STIPPLE_SMTP_FROM (the sender's address) is required with STIPPLE_SMTP_HOST")
            }
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

    public func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome] {
        var out: [String: DeliveryOutcome] = [:]
        let mailable = batch.filter { ($0.email ?? "").contains("@") }
        for r in batch where !(r.email ?? "").contains("@") {
            out[r.idempotencyKey] = .permanentFailure("the client has no email address")
        }
        guard !mailable.isEmpty else { return out }
        // What the server answered, kept as it comes, so a connection lost mid-batch still
        // reports the messages it had accepted.
        let answered = Answers()
        var failure = "the connection ended before the server answered"
        do {
            try await withTimeout(timeout * Int64(max(1, mailable.count))) {
                try await send(mailable) { key, outcome in answered.record(key, outcome) }
            }
        } catch let error as SMTPError {
            failure = error.message
        } catch {
            failure = "\(type(of: error))"
        }
        out.merge(answered.all) { $1 }
        for r in mailable where out[r.idempotencyKey] == nil {
            out[r.idempotencyKey] = .temporaryFailure("smtp: \(failure)")
        }
        return out
    }

    private final class Answers: Sendable {
        private let outcomes = Mutex<[String: DeliveryOutcome]>([:])
        func record(_ key: String, _ outcome: DeliveryOutcome) { outcomes.withLock { $0[key] = outcome } }
        var all: [String: DeliveryOutcome] { outcomes.withLock { $0 } }
    }

    private func send(_ reminders: [OutgoingReminder], record: @Sendable (String, DeliveryOutcome) -> Void) async throws {
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
            for reminder in reminders {
                let reply = try await conversation.send(SMTPMessage.compose(reminder, from: settings.from),
                                                        from: settings.from, to: reminder.email!)
                switch reply.code {
                case 200..<400: record(reminder.idempotencyKey, .delivered)
                case 400..<500: record(reminder.idempotencyKey, .temporaryFailure("smtp answered \(reply.code)"))
                default: record(reminder.idempotencyKey, .permanentFailure("smtp refused it with \(reply.code)"))
                }
                if reply.code >= 400 { _ = try await conversation.raw("RSET") }
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

struct SMTPError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// One SMTP dialogue: commands out, replies (possibly multi-line) in.
struct SMTPConversation {
    struct Reply { var code: Int; var text: String }

    var lines: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private var pending: [UInt8] = []

    init(lines: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator, outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.lines = lines
        self.outbound = outbound
    }

    mutating func readLine() async throws -> String {
        while true {
            if let end = pending.firstIndex(of: 0x0A) {
                let line = pending[..<end]
                pending.removeSubrange(...end)
                return String(decoding: line.last == 0x0D ? line.dropLast() : line, as: UTF8.self)
            }
            guard let buffer = try await lines.next() else { throw SMTPError(message: "the server closed the connection") }
            pending += buffer.readableBytesView
        }
    }

    mutating func reply() async throws -> Reply {
        var text: [String] = []
        while true {
            let line = try await readLine()
            guard line.count >= 3, let code = Int(line.prefix(3)) else { throw SMTPError(message: "unreadable reply") }
            text.append(String(line.dropFirst(4)))
            if line.count == 3 || line[line.index(line.startIndex, offsetBy: 3)] == " " {
                return Reply(code: code, text: text.joined(separator: " "))
            }
        }
    }

    mutating func expect(_ code: Int) async throws {
        let r = try await reply()
        guard r.code == code else { throw SMTPError(message: "expected \(code), got \(r.code)") }
    }

    mutating func raw(_ line: String) async throws -> Reply {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        return try await reply()
    }

    /// `redacted`: the command carries a secret, so errors never quote it.
    mutating func command(_ line: String, expect code: Int, redacted: Bool = false) async throws {
        let r = try await raw(line)
        guard r.code == code else {
            throw SMTPError(message: "\(redacted ? "AUTH" : String(line.prefix(10))): expected \(code), got \(r.code)")
        }
    }

    mutating func send(_ message: String, from: String, to: String) async throws -> Reply {
        for (line, accepted) in [("MAIL FROM:<\(from)>", 250...251), ("RCPT TO:<\(to)>", 250...251)] {
            let r = try await raw(line)
            if !accepted.contains(r.code) { return r }
        }
        let data = try await raw("DATA")
        guard data.code == 354 else { return data }
        try await outbound.write(ByteBuffer(string: message + "\r\n.\r\n"))
        return try await reply()
    }
}

/// A reminder as an email: plain text in UTF-8, CRLF line ends, leading dots doubled.
enum SMTPMessage {
    static func compose(_ r: OutgoingReminder, from: String) -> String {
        let nl = r.language == "nl-NL"
        let subject = nl ? "Je herstel: dag \(r.day)" : "Your healing: day \(r.day)"
        var body = r.text
        if let link = r.link { body += "\n\n" + (nl ? "Je pagina: " : "Your page: ") + link }
        body += "\n\n" + r.clinic
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        let headers = [
            "From: \(encodedWord(r.clinic)) <\(from)>",
            "To: <\(r.email ?? "")>",
            "Subject: \(encodedWord(subject))",
            "Date: \(formatter.string(from: Date()))",
            "Message-ID: <\(r.idempotencyKey)@stipple.reminders>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix(".") ? "." + $0 : String($0) }
        return (headers + [""] + lines).joined(separator: "\r\n")
    }

    /// RFC 2047 for header text that is not plain ASCII.
    static func encodedWord(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.allSatisfy({ $0.isASCII && $0 != "\"" }) { return clean }
        return "=?utf-8?B?\(Data(clean.utf8).base64EncodedString())?="
    }
}
