import Foundation
import NIOCore
import StippleCore
import StippleStore
import Synchronization
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// A value behind a lock that closures can share.
final class Locked<T: Sendable>: Sendable {
    private let mutex: Mutex<T>
    init(_ value: T) { mutex = Mutex(value) }
    func withLock<R: Sendable>(_ body: (inout T) -> R) -> R { mutex.withLock { body(&$0) } }
}

/// A clock tests move by hand.
final class TestClock: Sendable {
    private let value: Locked<Date>
    init(_ start: Date) { value = Locked(start) }
    var now: Date { value.withLock { $0 } }
    func set(_ date: Date) { value.withLock { $0 = date } }
    func advance(_ seconds: TimeInterval) { value.withLock { $0 = $0.addingTimeInterval(seconds) } }
}

/// The lines of a file transport's file, as objects.
func outboxLines(_ path: String) throws -> [[String: Any]] {
    guard let data = FileManager.default.contents(atPath: path) else { return [] }
    return try data.split(separator: 0x0A).map { try #require(try JSONSerialization.jsonObject(with: $0) as? [String: Any]) }
}

func temporaryFile(_ name: String) -> String {
    (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-\(UUID().uuidString)/\(name)")
}

/// A provider that answers slowly: each message takes `seconds` of the dispatchers' clock, and
/// the other worker gets to run between messages.
struct SlowTransport: ReminderTransport {
    let inner: any ReminderTransport
    let clock: TestClock
    let seconds: TimeInterval

    func deliver(_ batch: [OutgoingReminder]) async -> [String: DeliveryOutcome] {
        var out: [String: DeliveryOutcome] = [:]
        for reminder in batch {
            out.merge(await inner.deliver([reminder])) { $1 }
            clock.advance(seconds)
            try? await Task.sleep(for: .milliseconds(3))
        }
        return out
    }
}

/// A dispatcher over the app's database with its own clock and transport.
func dispatcher(_ app: Application, transport: any ReminderTransport, worker: String, clock: TestClock,
                batchSize: Int = 500) -> ReminderDispatcher {
    var d = ReminderDispatcher(store: Store(app.db), transport: transport, protocol: DefaultProtocol.protocolValue,
                               sealer: app.settings.linkSealer, publicURL: "https://care.example", worker: worker,
                               now: { clock.now })
    d.batchSize = batchSize
    return d
}

/// A real webhook receiver on 127.0.0.1: answers with the statuses given, in turn, and keeps
/// what it received with whether the signature was right.
final class WebhookReceiver: Sendable {
    struct Received: Sendable { var key: String; var body: [String: String]; var signed: Bool }
    let app: Application
    let port: Int
    private let statuses: Locked<[HTTPResponseStatus]>
    private let log = Locked<[Received]>([])
    var received: [Received] { log.withLock { $0 } }

    init(secret: String, statuses: [HTTPResponseStatus]) async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .critical
        self.app = app
        self.statuses = Locked(statuses)
        let log = self.log, queue = self.statuses
        app.post("hook") { req async -> Response in
            let body = req.body.data.map { Data(buffer: $0) } ?? Data()
            let signed = req.headers.first(name: "X-Stipple-Signature") == WebhookReminderTransport.signature(body, secret: secret)
            let fields = ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]).compactMapValues { $0 as? String }
            log.withLock { $0.append(Received(key: req.headers.first(name: "Idempotency-Key") ?? "", body: fields, signed: signed)) }
            let status = queue.withLock { q in q.count > 1 ? q.removeFirst() : (q.first ?? .ok) }
            return Response(status: status)
        }
        app.http.server.configuration.hostname = "127.0.0.1"
        app.http.server.configuration.port = 0
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        port = app.http.server.shared.localAddress?.port ?? 0
    }

    var url: String { "http://127.0.0.1:\(port)/hook" }

    func stop() async throws {
        await app.server.shutdown()
        try await app.asyncShutdown()
    }
}

extension ServerTests {
    @Suite struct ReminderOutboxTests {
        @Test(arguments: TestStores.all)
        func theNextSessionCancelsTheSupersededJourneysRemindersInItsTransaction(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let first = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 20)
                let s = Store(app.db)
                let before = try await s.reminders(journey: first)
                #expect(before.contains { $0.status == .scheduled && $0.dueAt > testNow })
                let second = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                let after = try await s.reminders(journey: first)
                #expect(after.count == before.count)  // kept, not deleted
                #expect(after.allSatisfy { $0.status != .scheduled })
                #expect(after.filter { $0.status == .cancelled }.allSatisfy { $0.lastError == Store.supersededReason })
                let current = try await s.reminders(journey: second)
                #expect(!current.isEmpty && current.allSatisfy { $0.status == .scheduled })

                // Only the current journey's messages go out from now on.
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(testNow.addingTimeInterval(40 * 86_400))
                let sent = try await dispatcher(app, transport: FileReminderTransport(path: path), worker: "a", clock: clock)
                    .dispatchDue().sent
                #expect(sent == current.count)
                #expect(try outboxLines(path).count == current.count)

                // A withdrawal and a new consent schedule only the current journey's again.
                _ = try await s.recordConsent(client: f.client.id, kind: .healingMessages, given: false, note: nil,
                                              by: f.lead.id, at: testNow)
                _ = try await s.recordConsent(client: f.client.id, kind: .healingMessages, given: true, note: nil,
                                              by: f.lead.id, at: testNow)
                #expect(try await s.reminders(journey: first).allSatisfy { $0.status != .scheduled })
            }
        }

        @Test(arguments: TestStores.all)
        func recordingASessionSchedulesItsRemindersInTheSameTransaction(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)/reminders", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .ok)
                    let list = try jsonArray(res)
                    #expect(list.count == 20)
                    #expect(list.allSatisfy { $0["status"] as? String == "scheduled" })
                    #expect(list.first?["dueAt"] as? String == "2026-11-26T10:00:00Z")
                    #expect(list.first?["kind"] as? String == "day")
                }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)/reminders", headers: bearer(Fixture.receptionToken)) { res async in
                    #expect(res.status == .forbidden)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func dueRemindersAreSentOnceWithTheLinkInTheClinicsLanguage(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                      token: Fixture.amsterdamToken, daysAgo: 0)
                let token = try await issueLink(app, journey: journey, token: Fixture.amsterdamToken)
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(testNow)
                let worker = dispatcher(app, transport: FileReminderTransport(path: path), worker: "a", clock: clock)
                #expect(try await worker.dispatchDue() == .init())
                // Day 1, 10:00 in Amsterdam is 09:00 UTC.
                clock.set(ISO8601DateFormatter().date(from: "2026-11-26T09:00:00Z")!)
                #expect(try await worker.dispatchDue().sent == 1)
                #expect(try await worker.dispatchDue().total == 0)
                let lines = try outboxLines(path)
                #expect(lines.count == 1)
                #expect(lines.first?["link"] as? String == "https://care.example/j/\(token)")
                #expect((lines.first?["text"] as? String)?.contains("Dag 1 van je herstel") == true)
                #expect(lines.first?["language"] as? String == "nl-NL")
                let sent = try await Store(app.db).reminders(journey: journey).filter { $0.status == .sent }
                #expect(sent.count == 1 && sent.first?.sentAt == clock.now)
            }
        }

        /// A session recorded over the API hands over the client's link with it, and every
        /// reminder from then on carries that link and greets the client by first name; the
        /// follow-up's reminder gives its time on the clinic's clock.
        @Test(arguments: TestStores.all)
        func aSessionsRemindersCarryItsLinkAndGreetTheClientByFirstName(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let start = testNow.addingTimeInterval(-2 * 3600)
                let iso = ISO8601DateFormatter()
                let body = """
                {"clientID":"\(f.client.id)","technicianID":"\(f.lead.id)","startedAt":"\(iso.string(from: start))",
                 "endedAt":"\(iso.string(from: start.addingTimeInterval(9000)))","zones":["crown"],"needleType":"3RL",
                 "needleSize":"0.25 mm","depth":"standard","pigmentProduct":"Neutral black","pigmentBatch":"LOT-1"}
                """
                var journey: UUID?, token: String?
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .created)
                    #expect(res.headers.cacheControl?.noStore == true)
                    let answer = try json(res)
                    journey = (answer["journeyID"] as? String).flatMap(UUID.init(uuidString:))
                    let link = try #require(answer["link"] as? [String: Any])
                    token = link["token"] as? String
                    #expect(link["path"] as? String == "/j/\(token ?? "")")
                }
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(ISO8601DateFormatter().date(from: "2026-11-26T10:00:00Z")!)
                let worker = dispatcher(app, transport: FileReminderTransport(path: path), worker: "a", clock: clock)
                #expect(try await worker.dispatchDue().sent == 1)
                let first = try #require(try outboxLines(path).first)
                #expect(first["link"] as? String == "https://care.example/j/\(try #require(token))")
                #expect((first["text"] as? String)?.hasPrefix("Hello Marcus, ") == true)

                // A follow-up at 14:30 London time on 16 December: its reminder the day before says so.
                let id = try #require(journey)
                try await app.testing().test(.POST, "api/v1/journeys/\(id)/follow-up", headers: bearer(Fixture.adminToken),
                                             body: jsonBody(#"{"startsAt":"2026-12-16T14:30:00Z","technicianID":"\#(f.lead.id)"}"#)) { res async in
                    #expect(res.status == .created, "\(res.body.string)")
                }
                clock.set(ISO8601DateFormatter().date(from: "2026-12-15T12:00:00Z")!)
                _ = try await worker.dispatchDue()
                let followUp = try #require(try outboxLines(path).first { $0["kind"] as? String == "follow-up" })
                #expect((followUp["text"] as? String)?.contains("at 14:30") == true, "\(followUp["text"] ?? "")")
                #expect(followUp["link"] as? String == "https://care.example/j/\(try #require(token))")
            }
        }

        @Test(arguments: TestStores.all)
        func aMissedCheckInReminderIsDroppedWhenTheClientCheckedIn(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(ISO8601DateFormatter().date(from: "2026-11-26T19:00:00Z")!)
                // The client checks in on day 1 before the evening reminder.
                _ = try await Store(app.db).addCheckIn(journey: journey, day: 1, recordedAt: clock.now.addingTimeInterval(-3600),
                                                       answers: CheckIn(day: 1, redness: 1), tier: .green, score: 1)
                let report = try await dispatcher(app, transport: FileReminderTransport(path: path), worker: "a", clock: clock).dispatchDue()
                #expect(report.sent == 1 && report.skipped == 1)
                let missed = try await Store(app.db).reminders(journey: journey).first { $0.kind == .missedCheckIn && $0.day == 1 }
                #expect(missed?.status == .skipped)
                #expect(missed?.lastError == "the client checked in")
                #expect(try outboxLines(path).count == 1)
            }
        }

        @Test(arguments: TestStores.all)
        func twoWorkersSendEveryReminderExactlyOnce(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                // Six clients: one client's second session would supersede the first one's reminders.
                for i in 0..<6 {
                    let client = i == 0 ? f.client : try await anotherClient(Store(app.db), f, name: "Client \(i)")
                    _ = try await recordSession(app, client: client.id, technician: f.lead.id, daysAgo: 0)
                }
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(ISO8601DateFormatter().date(from: "2027-01-01T12:00:00Z")!)  // all 120 due
                // Two instances: each its own transport over the same file, as two servers would be.
                let a = dispatcher(app, transport: FileReminderTransport(path: path), worker: "a", clock: clock, batchSize: 7)
                let b = dispatcher(app, transport: FileReminderTransport(path: path + ".b"), worker: "b", clock: clock, batchSize: 7)
                async let ra = a.dispatchDue()
                async let rb = b.dispatchDue()
                let (reportA, reportB) = try await (ra, rb)
                #expect(reportA.total + reportB.total == 120)
                let keys = try outboxLines(path).map { $0["idempotencyKey"] as! String }
                    + outboxLines(path + ".b").map { $0["idempotencyKey"] as! String }
                #expect(keys.count == reportA.sent + reportB.sent)
                #expect(Set(keys).count == keys.count)
                let attempts = try await Store(app.db).reminderAttemptCounts()
                #expect(attempts["sent", default: 0] == reportA.sent + reportB.sent)
                #expect(attempts.values.reduce(0, +) == 120)
            }
        }

        /// Forty reminders through a provider that takes 15 s each: the batch takes ten minutes,
        /// twice its lease. The second worker polls all along; it must never lease (and send)
        /// what the first still sends. Each sink must see each reminder once.
        @Test(.timeLimit(.minutes(2)), arguments: TestStores.all, ["webhook", "smtp"])
        func aBatchThatOutlivesItsLeaseIsStillSentOnce(store: StoreLocation, sink: String) async throws {
            let secret = "a-shared-secret-of-some-length"
            let receiver = try await WebhookReceiver(secret: secret, statuses: [.ok])
            let smtp = try await FakeSMTPServer()
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                for i in 0..<2 {
                    let client = try await anotherClient(s, f, name: "Client \(i)", email: "client\(i)@example.com")
                    _ = try await recordSession(app, client: client.id, technician: f.lead.id, daysAgo: 0)
                }
                // The reminders, and the message that handed each client their link.
                let due = try await s.scheduledReminders().count + 2
                #expect(due >= 42)
                let start = ISO8601DateFormatter().date(from: "2027-01-01T12:00:00Z")!  // all due
                let clock = TestClock(start)
                func transport() -> any ReminderTransport {
                    let inner: any ReminderTransport = sink == "webhook"
                        ? WebhookReminderTransport(url: receiver.url, secret: secret, client: app.http.client.shared)
                        : SMTPReminderTransport(settings: .init(host: "127.0.0.1", port: smtp.port, security: .plain,
                                                                username: "clinic", password: "secret", from: "care@stipple.example"),
                                                timeout: .seconds(5))
                    return SlowTransport(inner: inner, clock: clock, seconds: 15)
                }
                let a = dispatcher(app, transport: transport(), worker: "a", clock: clock)
                let b = dispatcher(app, transport: transport(), worker: "b", clock: clock)
                let aDone = Locked(false)
                async let first: ReminderDispatcher.Report = {
                    defer { aDone.withLock { $0 = true } }
                    return try await a.dispatchDue()
                }()
                async let second: ReminderDispatcher.Report = {
                    var report = ReminderDispatcher.Report()
                    // Until the first is done; an hour of the clock at most, should workers take turns stealing.
                    while !aDone.withLock({ $0 }), clock.now.timeIntervalSince(start) < 3600 {
                        report.add(try await b.dispatchDue())
                        try await Task.sleep(for: .milliseconds(2))
                    }
                    return report
                }()
                let (reportA, reportB) = try await (first, second)
                #expect(clock.now.timeIntervalSince(start) >= 600)
                #expect(reportA.sent + reportB.sent == due)
                let keys = sink == "webhook"
                    ? receiver.received.map(\.key)
                    : smtp.received.compactMap { $0.data.firstMatch(of: /Message-ID: <([^@]+)@/).map { String($0.output.1) } }
                #expect(keys.count == due)
                #expect(Set(keys).count == keys.count)
                // The reminders' own attempts: the two link messages keep theirs in their own outbox.
                #expect(try await s.reminderAttemptCounts() == ["sent": due - 2])
            }
            try await receiver.stop()
            try await smtp.stop()
        }

        @Test(arguments: TestStores.all)
        func aWorkerThatDiesBetweenLeaseAndSendIsReplacedWithoutASecondMessage(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(ISO8601DateFormatter().date(from: "2026-11-27T12:00:00Z")!)  // days 1 and 2 due
                let dead = dispatcher(app, transport: FileReminderTransport(path: path), worker: "dead", clock: clock)
                let leased = try await dead.lease()
                #expect(leased.count == 3)
                // Before the lease runs out, nobody else takes them.
                let other = dispatcher(app, transport: FileReminderTransport(path: path), worker: "other", clock: clock)
                #expect(try await other.dispatchDue().total == 0)
                clock.advance(301)
                #expect(try await other.dispatchDue().sent == 3)
                // The first worker wakes up and sends its batch late: the file transport knows the
                // keys, and its marks change nothing.
                _ = try await dead.deliver(leased)
                #expect(try outboxLines(path).count == 3)
                let rows = try await Store(app.db).reminders(journey: journey).filter { $0.status == .sent }
                #expect(rows.count == 3 && rows.allSatisfy { $0.attempts == 2 })
            }
        }

        @Test(arguments: TestStores.all)
        func aFailedDeliveryIsRetriedLaterThenSucceeds(store: StoreLocation) async throws {
            let secret = "a-shared-secret-of-some-length"
            let receiver = try await WebhookReceiver(secret: secret, statuses: [.serviceUnavailable, .ok])
            defer { Task { try? await receiver.stop() } }
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                let clock = TestClock(ISO8601DateFormatter().date(from: "2026-11-26T10:00:00Z")!)
                let transport = WebhookReminderTransport(url: receiver.url, secret: secret, client: app.http.client.shared)
                let worker = dispatcher(app, transport: transport, worker: "a", clock: clock)
                #expect(try await worker.dispatchDue().retried == 1)
                var day1 = try #require(try await Store(app.db).reminders(journey: journey).first { $0.day == 1 && $0.kind == .day })
                #expect(day1.status == .scheduled)
                #expect(day1.lastError == "webhook answered 503")
                #expect(day1.dueAt == clock.now.addingTimeInterval(60))
                clock.advance(59)
                #expect(try await worker.dispatchDue().total == 0)
                clock.advance(1)
                #expect(try await worker.dispatchDue().sent == 1)
                day1 = try #require(try await Store(app.db).reminders(journey: journey).first { $0.day == 1 && $0.kind == .day })
                #expect(day1.status == .sent && day1.attempts == 2 && day1.lastError == nil)
                #expect(receiver.received.count == 2)
                #expect(receiver.received.allSatisfy { $0.signed && $0.key == day1.id.uuidString.lowercased() })
                #expect(receiver.received.last?.body["clientName"] == "Marcus Bell")
                #expect(try await Store(app.db).reminderAttemptCounts() == ["retry": 1, "sent": 1])
            }
        }

        @Test(arguments: TestStores.all)
        func aRefusedOrHopelessDeliveryFailsWithItsReason(store: StoreLocation) async throws {
            let secret = "a-shared-secret-of-some-length"
            let refusing = try await WebhookReceiver(secret: secret, statuses: [.badRequest])
            let down = try await WebhookReceiver(secret: secret, statuses: [.internalServerError])
            defer { Task { try? await refusing.stop(); try? await down.stop() } }
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                let clock = TestClock(ISO8601DateFormatter().date(from: "2026-11-26T10:00:00Z")!)
                let refused = dispatcher(app, transport: WebhookReminderTransport(url: refusing.url, secret: secret,
                                                                                 client: app.http.client.shared), worker: "a", clock: clock)
                #expect(try await refused.dispatchDue().failed == 1)
                let day1 = try await Store(app.db).reminders(journey: journey).first { $0.day == 1 && $0.kind == .day }
                #expect(day1?.status == .failed && day1?.lastError == "webhook refused it with 400")

                // Day 2 against a provider that is down: five attempts, then given up.
                clock.set(ISO8601DateFormatter().date(from: "2026-11-27T10:00:00Z")!)
                let failing = dispatcher(app, transport: WebhookReminderTransport(url: down.url, secret: secret,
                                                                                 client: app.http.client.shared), worker: "a", clock: clock)
                var waits: [TimeInterval] = []
                for _ in 0..<5 {
                    let before = clock.now
                    _ = try await failing.dispatchDue()
                    guard let r = try await Store(app.db).reminders(journey: journey).first(where: { $0.day == 2 && $0.kind == .day }),
                          r.status == .scheduled else { break }
                    waits.append(r.dueAt.timeIntervalSince(before))
                    clock.set(r.dueAt)
                }
                #expect(waits == [60, 240, 960, 3840])
                let day2 = try await Store(app.db).reminders(journey: journey).first { $0.day == 2 && $0.kind == .day }
                #expect(day2?.status == .failed)
                #expect(day2?.lastError == "gave up after 5 attempts: webhook answered 500")
            }
        }

        @Test(arguments: TestStores.all)
        func aRetryThatWouldFallInQuietHoursWaitsForTheirEnd(store: StoreLocation) async throws {
            let secret = "a-shared-secret-of-some-length"
            let down = try await WebhookReceiver(secret: secret, statuses: [.serviceUnavailable])
            defer { Task { try? await down.stop() } }
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                // The evening reminder of day 1 (19:00) retried at 20:59 + 4 minutes: inside quiet
                // hours (21:00–08:00), so at 08:00 the next morning.
                let clock = TestClock(ISO8601DateFormatter().date(from: "2026-11-26T19:00:00Z")!)
                let worker = dispatcher(app, transport: WebhookReminderTransport(url: down.url, secret: secret,
                                                                                client: app.http.client.shared), worker: "a", clock: clock)
                _ = try await worker.dispatchDue()  // day 1 morning and evening, attempt 1: retry in 1 minute
                clock.set(ISO8601DateFormatter().date(from: "2026-11-26T20:59:00Z")!)
                _ = try await worker.dispatchDue()  // attempt 2: retry in 4 minutes, 21:03, quiet
                let missed = try await Store(app.db).reminders(journey: journey).first { $0.day == 1 && $0.kind == .missedCheckIn }
                #expect(missed?.attempts == 2)
                #expect(missed?.dueAt == ISO8601DateFormatter().date(from: "2026-11-27T08:00:00Z"))
            }
        }
    }
}
