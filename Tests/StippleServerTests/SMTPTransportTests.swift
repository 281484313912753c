import Foundation
import Testing
@testable import StippleServer

@Suite struct SMTPTransportTests {
    func reminder(_ key: String, email: String?, text: String = "Day 3 of your healing.") -> OutgoingReminder {
        OutgoingReminder(idempotencyKey: key, journeyID: UUID(), kind: "day", day: 3, language: "en-GB",
                         clinic: "Stipple London", clientName: "Marcus Bell", email: email, phone: nil,
                         text: text, link: "https://care.example/j/TOKEN")
    }

    func transport(_ server: FakeSMTPServer) -> SMTPReminderTransport {
        SMTPReminderTransport(settings: .init(host: "127.0.0.1", port: server.port, security: .plain,
                                              username: "clinic", password: "secret", from: "care@stipple.example"),
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
}
