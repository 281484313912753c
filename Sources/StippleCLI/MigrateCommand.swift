import ArgumentParser
import Foundation
import StippleServer

/// `stipple migrate`: bring the database schema up to date, and nothing else.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Migrate the database and exit.")

    func run() async throws {
        var settings = try ServerSettings.fromEnvironment()
        settings.loadDemoWhenEmpty = false
        try await ServerRunner.withStore(settings) { _ in }
        say("Migrated \(settings.location.description).")
    }
}
