import Foundation
import Testing
@testable import StippleServer

@Suite struct SMTPTransportTests {
    func reminder(_ key: String, email: String?, text: String = "Day 3 of your healing.",
                  name: String = "Marcus Bell", clinic: String = "Stipple London") -> OutgoingReminder {
        OutgoingReminder(idempotencyKey: key, journeyID: UUID(), kind: "day", day: 3, language: "en-GB",
                         clinic: clinic, clientName: name, email: email, phone: nil,
                         text: text, link: "https://care.example/j/TOKEN")
    }

    func transport(_ server: FakeSMTPServer, from: String = "care@stipple.example") -> SMTPReminderTransport {
        SMTPReminderTransport(settings: .init(host: "127.0.0.1", port: server.port, security: .plain,
                                              username: "clinic", password: "secret", from: from),
                              timeout: .seconds(5))
    }

    @Test func remindersAreMailedWithTheirIdAsMessageID() async throws {
        let server = try await FakeSMTPServer()
        defer { Task { try? await server.stop() } }
        let outcomes = await transport(server).deliver([
            reminder("key-1", email: "marcus@example.com", text: "Line one.\n.hidden line starts with a dot"),
            reminder("key-2", email: nil),
        ])
        #expect(outcomes["key-1"] == .delivered)
        #expect(outcomes["key-2"] == .permanentFailure("the client has no email address"))
        let message = try #require(server.received.first)
        #expect(server.received.count == 1)
        #expect(message.from == "care@stipple.example" && message.to == "marcus@example.com")
        #expect(message.data.contains("Message-ID: <key-1@stipple.reminders>"))
        #expect(message.data.contains("Subject: Your healing: day 3"))
        #expect(message.data.contains("Content-Type: text/plain; charset=utf-8"))
        #expect(message.data.contains("..hidden line"))  // dot-stuffed on the wire
        #expect(message.data.contains("Your page: https://care.example/j/TOKEN"))
    }

    @Test func refusedRecipientsFailForGoodAndBusyOnesAreRetried() async throws {
        let server = try await FakeSMTPServer(refuse: ["gone@example.com": 550, "full@example.com": 452])
        defer { Task { try? await server.stop() } }
        let outcomes = await transport(server).deliver([
            reminder("a", email: "gone@example.com"), reminder("b", email: "full@example.com"),
            reminder("c", email: "ok@example.com"),
        ])
        #expect(outcomes["a"] == .permanentFailure("smtp refused it with 550"))
        #expect(outcomes["b"] == .temporaryFailure("smtp answered 452"))
        #expect(outcomes["c"] == .delivered)
        #expect(server.received.map(\.to) == ["ok@example.com"])
    }

    @Test func anUnreachableServerIsATemporaryFailure() async throws {
        let server = try await FakeSMTPServer()
        let port = server.port
        try await server.stop()
        let t = SMTPReminderTransport(settings: .init(host: "127.0.0.1", port: port, security: .plain, from: "care@stipple.example"),
                                      timeout: .seconds(2))
        let outcomes = await t.deliver([reminder("x", email: "marcus@example.com")])
        guard case .temporaryFailure = outcomes["x"] else { Issue.record("expected a temporary failure"); return }
    }

    @Test func settingsComeFromTheEnvironment() throws {
        #expect(try SMTPReminderTransport.Settings.fromEnvironment([:]) == nil)
        let s = try #require(try SMTPReminderTransport.Settings.fromEnvironment(
            ["STIPPLE_SMTP_HOST": "smtp.example.com", "STIPPLE_SMTP_FROM": "care@stipple.example"]))
        #expect(s.port == 587 && s.security == .startTLS)
        #expect(throws: SettingsError.self) {
            try SMTPReminderTransport.Settings.fromEnvironment(["STIPPLE_SMTP_HOST": "smtp.example.com"])
        }
        #expect(throws: SettingsError.self) {
            try SMTPReminderTransport.Settings.fromEnvironment(
                ["STIPPLE_SMTP_HOST": "smtp.example.com", "STIPPLE_SMTP_FROM": "a@b.c", "STIPPLE_SMTP_SECURITY": "plain"])
        }
    }

    /// Addresses and names that got into the database before they were checked (or by another
    /// way in) never reach the wire: each is refused for good, and the rest of the batch goes.
    @Test func storedInjectionsAreRefusedAndTheRestOfTheBatchIsDelivered() async throws {
        let server = try await FakeSMTPServer()
        defer { Task { try? await server.stop() } }
        let outcomes = await transport(server).deliver([
            reminder("crlf", email: "v@example.com>\r\nRCPT TO:<attacker@evil.example"),
            reminder("lf", email: "v@example.com\nRCPT TO:<attacker@evil.example>"),
            reminder("list", email: "a@example.com, x@evil.example"),
            reminder("nodot", email: "a@b"),
            reminder("name", email: "ok@example.com", name: "Marcus\r\nBcc: attacker@evil.example"),
            reminder("clinic", email: "ok@example.com", clinic: "Stipple\nBcc: attacker@evil.example"),
            reminder("good", email: "marcus@example.com"),
        ])
        for key in ["crlf", "lf", "list", "nodot"] {
            #expect(outcomes[key] == .permanentFailure("the stored email address is not one valid address"), "\(key)")
        }
        for key in ["name", "clinic"] {
            #expect(outcomes[key] == .permanentFailure("a header value holds a line break or a control character"), "\(key)")
        }
        #expect(outcomes["good"] == .delivered)
        #expect(server.received.count == 1)
        #expect(server.received.map(\.to) == ["marcus@example.com"])
        #expect(!server.received.contains { $0.data.contains("evil.example") || $0.to.contains("evil.example") })
    }

    /// A reply that does not fit the command (here: 250 to DATA) means the replies are out of
    /// step with the messages: nothing is marked delivered on it.
    @Test func aReplyOutOfStepMarksNothingDelivered() async throws {
        let server = try await FakeSMTPServer(dataReply: "250 2.0.0 ok")
        defer { Task { try? await server.stop() } }
        let outcomes = await transport(server).deliver([reminder("a", email: "a@example.com"), reminder("b", email: "b@example.com")])
        for key in ["a", "b"] {
            guard case let .temporaryFailure(why) = outcomes[key] else { Issue.record("\(key): \(String(describing: outcomes[key]))"); continue }
            #expect(why.contains("out of step"))
        }
        #expect(server.received.isEmpty)
    }

    /// `Name <address>` as the sender: the address alone in the envelope, the whole value in
    /// the header; names and subjects outside ASCII as RFC 2047 words that decode to the original.
    @Test func aSenderWithANameAndNonASCIINamesArriveIntact() async throws {
        let server = try await FakeSMTPServer()
        defer { Task { try? await server.stop() } }
        let name = "Zoë O'Brien-Müller"
        let outcomes = await transport(server, from: "Stipple Reminders <reminders@clinic.example>").deliver([
            reminder("z", email: "zoe@example.com", name: name, clinic: "Stipple Amsterdam – Centrum"),
        ])
        #expect(outcomes["z"] == .delivered)
        let message = try #require(server.received.first)
        #expect(message.from == "reminders@clinic.example")
        #expect(message.data.contains("From: Stipple Reminders <reminders@clinic.example>\n"))
        let to = try #require(message.data.split(separator: "\n").first { $0.hasPrefix("To: ") })
        #expect(to.hasSuffix(" <zoe@example.com>"))
        #expect(Self.decodeWords(String(to.dropFirst(4).dropLast(" <zoe@example.com>".count))) == name)
        #expect(to.unicodeScalars.allSatisfy { $0.isASCII })

        // Without a name of its own, the sender goes out under the clinic's name.
        let plain = try await FakeSMTPServer()
        defer { Task { try? await plain.stop() } }
        _ = await transport(plain).deliver([reminder("c", email: "zoe@example.com", clinic: "Stipple Amsterdam – Centrum")])
        let from = try #require(plain.received.first?.data.split(separator: "\n").first { $0.hasPrefix("From: ") })
        #expect(Self.decodeWords(String(from.dropFirst(6).dropLast(" <care@stipple.example>".count))) == "Stipple Amsterdam – Centrum")
    }

    @Test func encodedWordsStayWithinTheirLengthAndSplitBetweenCharacters() throws {
        let long = String(repeating: "Zoë Müller-Ørsted ", count: 12)
        let encoded = MailHeader.encodedWords(long)
        #expect(encoded.split(separator: " ").allSatisfy { $0.count <= 75 && $0.hasPrefix("=?utf-8?B?") && $0.hasSuffix("?=") })
        #expect(Self.decodeWords(encoded) == long)
        #expect(try MailHeader.phrase("Marcus Bell") == "Marcus Bell")
        #expect(try MailHeader.phrase("Bell, Marcus") != "Bell, Marcus")  // a comma would split the address list
        #expect(throws: MailHeader.Refused.self) { try MailHeader.phrase("A\rB") }
        #expect(throws: MailHeader.Refused.self) { try MailHeader.unstructured("Day 3\nBcc: x@evil.example") }
    }

    @Test func aSenderThatCannotWorkIsRefusedAtStart() throws {
        for bad in ["Stipple <reminders@clinic>", "a@example.com, b@example.com", "Stipple Reminders <reminders@clinic.example",
                    "reminders@clinic.example\r\nBcc: x@evil.example", "<>", "Stipple\n <reminders@clinic.example>"] {
            #expect(throws: SettingsError.self, "\(bad)") {
                try SMTPReminderTransport.Settings.fromEnvironment(["STIPPLE_SMTP_HOST": "smtp.example.com", "STIPPLE_SMTP_FROM": bad])
            }
        }
        for good in ["reminders@clinic.example", "Stipple Reminders <reminders@clinic.example>", "\"Stipple, Reminders\" <r@clinic.example>"] {
            #expect(try SMTPReminderTransport.Settings.fromEnvironment(["STIPPLE_SMTP_HOST": "smtp.example.com", "STIPPLE_SMTP_FROM": good]) != nil)
        }
    }

    /// RFC 2047 words (UTF-8, base64) back to text, as a mail reader shows them: the space
    /// between two encoded words is dropped, any other kept.
    static func decodeWords(_ text: String) -> String {
        var out = ""
        var previousEncoded = false
        for (i, word) in text.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if word.hasPrefix("=?utf-8?B?"), word.hasSuffix("?="),
               let data = Data(base64Encoded: String(word.dropFirst("=?utf-8?B?".count).dropLast(2))) {
                if i > 0, !previousEncoded { out += " " }
                out += String(decoding: data, as: UTF8.self)
                previousEncoded = true
            } else {
                if i > 0 { out += " " }
                out += word
                previousEncoded = false
            }
        }
        return out
    }
}
