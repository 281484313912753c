import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// A small SMTP server on 127.0.0.1 for tests: speaks enough of RFC 5321 for a client to
/// deliver (EHLO, AUTH, MAIL, RCPT, DATA, RSET, QUIT), keeps each message it accepts, and
/// answers recipients it is told to with a chosen code. Every line is a command, as on a real
/// server, so a line break smuggled into an address shows as a command of its own.
final class FakeSMTPServer: Sendable {
    /// `to`: every recipient of the message, comma-separated.
    struct Message: Sendable { var from: String; var to: String; var data: String }

    private let channel: any Channel
    let port: Int

    /// `refuse`: recipient address → reply code for RCPT TO (e.g. 550, 450). `dataReply`: the
    /// answer to DATA (a server out of step with its client answers something else than 354).
    init(refuse: [String: Int] = [:], dataReply: String = "354 go ahead") async throws {
        let box = MessageBox()
        channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(SMTPHandler(box: box, refuse: refuse, dataReply: dataReply))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
        self.box = box
    }

    private let box: MessageBox
    var received: [Message] { box.all }

    func stop() async throws { try await channel.close() }

    final class MessageBox: Sendable {
        private let messages = Mutex<[Message]>([])
        func add(_ m: Message) { messages.withLock { $0.append(m) } }
        var all: [Message] { messages.withLock { $0 } }
    }

    final class SMTPHandler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        let box: MessageBox
        let refuse: [String: Int]
        let dataReply: String
        var pending: [UInt8] = []
        var inData = false
        var from = "", to: [String] = [], data: [String] = []

        init(box: MessageBox, refuse: [String: Int], dataReply: String) {
            self.box = box
            self.refuse = refuse
            self.dataReply = dataReply
        }

        func channelActive(context: ChannelHandlerContext) {
            say("220 fake.test ESMTP", context)
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            pending += unwrapInboundIn(data).readableBytesView
            while let end = pending.firstIndex(of: 0x0A) {
                var line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...end)
                if line.hasSuffix("\r") { line.removeLast() }
                handle(line, context)
            }
        }

        func handle(_ line: String, _ context: ChannelHandlerContext) {
            if inData {
                if line == "." {
                    inData = false
                    box.add(Message(from: from, to: to.joined(separator: ","), data: data.joined(separator: "\n")))
                    data = []
                    to = []
                    say("250 2.0.0 queued", context)
                } else {
                    data.append(line)
                }
                return
            }
            let verb = line.prefix(4).uppercased()
            switch verb {
            case "EHLO": say("250-fake.test\r\n250 AUTH PLAIN", context)
            case "AUTH": say("235 2.7.0 accepted", context)
            case "MAIL": from = address(line); to = []; say("250 2.1.0 ok", context)
            case "RCPT":
                let rcpt = address(line)
                if let code = refuse[rcpt] { say("\(code) not for this address", context) } else { to.append(rcpt); say("250 2.1.5 ok", context) }
            case "DATA":
                if dataReply.hasPrefix("354") { inData = true }
                say(dataReply, context)
            case "RSET": to = []; say("250 reset", context)
            case "QUIT": say("221 bye", context); context.close(promise: nil)
            default: say("502 not implemented", context)
            }
        }

        func address(_ line: String) -> String {
            guard let open = line.firstIndex(of: "<"), let close = line.lastIndex(of: ">") else { return "" }
            return String(line[line.index(after: open)..<close])
        }

        func say(_ text: String, _ context: ChannelHandlerContext) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: text + "\r\n")), promise: nil)
        }
    }
}
