import ArgumentParser
import Foundation
import StippleServer

/// `stipple seed --demo` or `stipple seed --clients N`: load the demo chain, or a large realistic
/// chain for load tests, into an empty database.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed", abstract: "Load demo or load-test data.")

    @Flag(help: "The demo chain: six clinics, their lead technicians and a dozen healing clients.")
    var demo = false

    @Option(help: "A load-test chain: six clinics, fifty-five technicians and this many clients with three sessions and thirty check-ins each.")
    var clients: Int?

    func validate() throws {
        if demo == (clients != nil) { throw ValidationError("say what to load: --demo or --clients N") }
        if let clients, !(1...1_000_000).contains(clients) { throw ValidationError("--clients must be 1 to 1000000") }
    }

    func run() async throws {
        var settings = try ServerSettings.fromEnvironment()
        settings.loadDemoWhenEmpty = false
        try await ServerRunner.withStore(settings) { store in
            guard try await store.isEmpty() else {
                throw ValidationError("the database already has data; seeding loads into an empty database only")
            }
            if let clients {
                let bar = ProgressBar(total: clients, label: "clients")
                let start = Date()
                let summary = try await SeedChain.load(into: store, clients: clients, now: settings.now(),
                                                       protocol: settings.aftercareProtocol, sealer: settings.linkSealer,
                                                       passwordCost: settings.passwordCost,
                                                       progress: { done, _ in bar.update(done) })
                bar.finish()
                say("Loaded into \(settings.location.description) in \(Int(Date().timeIntervalSince(start).rounded())) s: "
                    + "\(summary.clinics) clinics, \(summary.technicians) technicians, \(summary.clients) clients, "
                    + "\(summary.sessions) sessions, \(summary.checkIns) check-ins, \(summary.alerts) alerts; "
                    + "\(summary.healingNow) clients healing now.")
                say("Sign in as chain.admin@stipple.example or a clinic's lead (e.g. jamie.robson@stipple.example), "
                    + "password \(summary.credentials.password); admin API token \(summary.credentials.adminToken).")
                return
            }
            let summary = try await DemoChain.load(into: store, now: settings.now(), protocol: settings.aftercareProtocol,
                                                   sealer: settings.linkSealer, passwordCost: settings.passwordCost)
            say("Loaded the demo chain into \(settings.location.description): \(summary.clinics) clinics, \(summary.clients) clients.")
            say("Demo admin token: \(summary.adminToken)")
            say("Demo password (every demo sign-in): \(summary.credentials.password)")
        }
    }
}
