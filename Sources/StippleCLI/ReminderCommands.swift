import ArgumentParser
import Foundation
import StippleCore
import StippleServer
import StippleStore

/// `stipple reminders`: the reminder outbox from the command line.
struct RemindersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reminders", abstract: "Send due reminders now, or measure the outbox.",
        subcommands: [SendDue.self, LoadTest.self])

    /// Sends what is due through the configured transport (the server's worker does this every
    /// 30 seconds; this is for running without it).
    struct SendDue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "send-due", abstract: "Send every reminder due now.")

        func run() async throws {
            let settings = try ServerSettings.fromEnvironment()
            let report = try await ServerRunner.withReminders(settings) { _, makeDispatcher in
                try await makeDispatcher("cli-\(ProcessInfo.processInfo.processIdentifier)").dispatchDue()
            }
            say("Reminders: \(report.sent) sent, \(report.skipped) skipped, \(report.retried) to retry, \(report.failed) failed.")
        }
    }

    /// Fills a scratch database with due reminders and sends them all through the file
    /// transport, then checks that no reminder was written twice.
    struct LoadTest: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load-test",
            abstract: "Dispatch COUNT due reminders through the file transport and report the time (scratch SQLite, or an empty database at --postgres).")

        @Option(help: "How many reminders.")
        var count = 100_000

        @Option(help: "A PostgreSQL URL for a database kept for load tests; it must be empty, unless --wipe.")
        var postgres: String?

        @Flag(help: "Empty the database at --postgres first: everything in it is lost.")
        var wipe = false

        @Option(help: "Two dispatchers at once, as two server instances would run.")
        var workers = 2

        func validate() throws {
            if !(1...1_000_000).contains(count) { throw ValidationError("--count must be from 1 to 1000000") }
            if !(1...8).contains(workers) { throw ValidationError("--workers must be from 1 to 8") }
            if wipe, postgres == nil { throw ValidationError("--wipe goes with --postgres (the scratch database starts empty)") }
        }

        func run() async throws {
            let scratch = (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-outbox-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let location: StoreLocation = postgres.map { .postgres(url: $0) }
                ?? .sqlite(path: (scratch as NSString).appendingPathComponent("stipple.sqlite"))
            let outbox = (scratch as NSString).appendingPathComponent("reminders.jsonl")
            let now = Date()
            var settings = ServerSettings(location: location, now: { now }, photosDirectory: scratch,
                                          reminderTransport: .file(path: outbox))
            settings.loadDemoWhenEmpty = false
            let count = count, workers = workers
            let (seconds, report) = try await ServerRunner.withReminders(settings, emptyFirst: wipe) { store, makeDispatcher in
                // A database named by mistake (production's, say) is never emptied or filled unasked.
                guard try await store.isEmpty() else {
                    throw ValidationError("the database at --postgres is not empty; --wipe empties it first (everything in it is lost)")
                }
                _ = try await DemoChain.load(into: store, now: now, protocol: settings.aftercareProtocol, sealer: settings.linkSealer)
                let journeys = try await store.journeys(client: nil).map(\.id)
                // Far-off days, so they never meet the journeys' own reminders.
                var made = 0
                var day = 1000
                while made < count {
                    for journey in journeys where made < count {
                        let chunk = min(1000, count - made)
                        let planned = (0..<chunk).map { PlannedReminder(kind: .day, day: day + $0, dueAt: now.addingTimeInterval(-60)) }
                        try await store.insertReminders(planned, journey: journey, now: now)
                        made += chunk
                    }
                    day += 1000
                }
                let dispatchers = (0..<workers).map { makeDispatcher("load-\($0)") }
                let started = ContinuousClock.now
                let total = try await withThrowingTaskGroup(of: ReminderDispatcher.Report.self) { group in
                    for d in dispatchers { group.addTask { try await d.dispatchDue() } }
                    var total = ReminderDispatcher.Report()
                    for try await r in group {
                        total.sent += r.sent; total.skipped += r.skipped; total.retried += r.retried; total.failed += r.failed
                    }
                    return total
                }
                let elapsed = ContinuousClock.now - started
                return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, total)
            }
            let keys = (try String(contentsOfFile: outbox, encoding: .utf8)).split(separator: "\n")
                .compactMap { line -> Substring? in
                    guard let r = line.range(of: "\"idempotencyKey\":\"") else { return nil }
                    return line[r.upperBound...].prefix(36)
                }
            let rate = Int(Double(report.sent) / max(seconds, 0.001))
            let duplicates = keys.count - Set(keys).count
            say("Dispatched \(report.sent) of \(count) reminders in \(String(format: "%.1f", seconds)) s (\(rate) a second) "
                + "with \(workers) dispatcher(s) on \(location.description).")
            say("\(keys.count) lines written, \(duplicates) duplicates; \(report.retried) to retry, \(report.failed) failed.")
            if keys.count != Set(keys).count || report.sent != count { throw ExitCode(1) }
        }
    }
}
