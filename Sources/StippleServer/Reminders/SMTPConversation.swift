import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import StippleCore
import Synchronization

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

    enum Outcome: Equatable {
        /// The server took the message (250 after its data).
        case accepted
        /// A 4xx or 5xx to one of the message's commands.
        case refused(Int)
    }

    /// One message: envelope, data, and the server's verdict on it. A reply outside the
    /// expected code and the 4xx/5xx range means the two sides are out of step: it throws, and
    /// the batch's remaining messages are left for another attempt.
    mutating func send(_ message: String, from: EmailAddress, to: EmailAddress) async throws -> Outcome {
        // `EmailAddress` holds no control characters, so each of these is exactly one command.
        for (line, accepted) in [("MAIL FROM:<\(from.text)>", 250...250), ("RCPT TO:<\(to.text)>", 250...251)] {
            let r = try await raw(line)
            if let outcome = try Self.judge(r, accepted: accepted, after: String(line.prefix(4))) { return outcome }
        }
        if let outcome = try Self.judge(try await raw("DATA"), accepted: 354...354, after: "DATA") { return outcome }
        try await outbound.write(ByteBuffer(string: message + "\r\n.\r\n"))
        return try Self.judge(try await reply(), accepted: 250...250, after: "the message") ?? .accepted
    }

    /// Nil when `reply` is what the command expects; a refusal for a 4xx or 5xx.
    private static func judge(_ reply: Reply, accepted: ClosedRange<Int>, after command: String) throws -> Outcome? {
        if accepted.contains(reply.code) { return nil }
        if (400..<600).contains(reply.code) { return .refused(reply.code) }
        throw SMTPError(message: "out of step: \(reply.code) after \(command)")
    }
}
