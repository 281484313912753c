import Foundation
import Logging
import SQLKit
import StippleStore
import Vapor

/// Starting the server and opening the database for the command line, so the commands need
/// nothing of Vapor.
public enum ServerRunner {
    /// Configures and runs the server until it is stopped. `announce` receives the lines to
    /// print once it is configured: the URL and, when the demo was loaded, its credentials.
    public static func serve(_ settings: ServerSettings, hostname: String, port: Int,
                             announce: @Sendable (String) -> Void) async throws {
        var settings = settings
        var demoRefused = false
        if settings.loadDemoWhenEmpty, !settings.demoAllowed(hostname: hostname) {
            settings.loadDemoWhenEmpty = false
            demoRefused = true
        }
        if settings.publicURL == nil { settings.publicURL = "http://\(hostname):\(port)" }
        var env = try Environment.detect(arguments: ["stipple", "serve"])
        try LoggingSystem.bootstrap(from: &env)
        let app = try await Application.make(env)
        do {
            try await configure(app, settings)
            app.http.server.configuration.hostname = hostname
            app.http.server.configuration.port = port
            let url = "http://\(hostname):\(port)"
            announce("Stipple on \(settings.location.description), serving \(url) (API docs: \(url)/docs)")
            if demoRefused, try await Store(app.storeDB).isEmpty() {
                announce("No demo data: a server on \(hostname) or with an https address loads it only with STIPPLE_DEMO=1.")
            }
            if let demo = app.loadedDemo {
                // Printed once, at the start that made them; `stipple demo-credentials` prints them again.
                announce("""
                Loaded the demo chain: \(demo.clinics) clinics, \(demo.clients) clients.
                Demo admin token: \(demo.adminToken)
                Try: curl -H 'Authorization: Bearer \(demo.adminToken)' \(url)/api/v1/clinics
                     curl -H 'Authorization: Bearer \(demo.adminToken)' \(url)/api/v1/journeys/\(demo.redJourneyID)
                Staff workspace: \(settings.publicURL ?? url)/staff/login, demo password \(demo.credentials.password) for every demo sign-in:
                """)
                for login in DemoChain.logins { announce("  \(login.email) (\(login.what))") }
            } else if try await Store(app.storeDB).demoCredentials() != nil {
                announce("Staff workspace: \(settings.publicURL ?? url)/staff/login; `stipple demo-credentials` prints the demo sign-ins.")
            }
            let base = settings.publicURL ?? url
            let scheduled = try await Store(app.storeDB).scheduledReminders()
            let next = scheduled.next.map { " (next due \(ISO8601DateFormatter().string(from: $0)))" } ?? ""
            announce("Reminders go to the \(settings.reminderTransport.description): \(scheduled.count) scheduled\(next).")
            for link in try await DemoChain.issueLinks(store: Store(app.storeDB), now: settings.now(), days: settings.journeyLinkDays,
                                                       sealer: settings.linkSealer) {
                announce("Client page of \(link.clientName) (\(link.clinicName)): \(base)\(link.path)")
            }
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Opens (and migrates) the database and runs `body` with its store and a maker of reminder
    /// dispatchers (by worker name) over the configured transport. `emptyFirst` empties every
    /// table first: for a database kept for load tests.
    public static func withReminders<T: Sendable>(
        _ settings: ServerSettings, emptyFirst: Bool = false,
        _ body: (Store, @Sendable (String) -> ReminderDispatcher) async throws -> T
    ) async throws -> T {
        var settings = settings
        settings.runsReminderWorker = false
        let app = try await Application.make(.development)
        app.logger.logLevel = .warning
        do {
            try await configure(app, settings)
            if emptyFirst, let sql = app.storeDB as? any SQLDatabase {
                try await sql.raw("""
                    TRUNCATE reminder_attempts, reminders, check_in_photos, journey_links, check_ins, journeys,
                             treatment_sessions, clients, api_tokens, staff, clinics CASCADE
                    """).run()
            }
            let writer = app.storage[WriterLoopKey.self].flatMap { app.storeDB(on: $0) }
            let result = try await body(Store(app.storeDB, writer: writer), { [app] in app.reminderDispatcher(worker: $0) })
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Opens (and migrates) the database, runs `body` with its store, and closes it.
    public static func withStore<T: Sendable>(_ settings: ServerSettings, _ body: (Store) async throws -> T) async throws -> T {
        try await withReminders(settings) { store, _ in try await body(store) }
    }
}
