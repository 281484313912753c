import ArgumentParser
import Foundation
import StippleServer

/// `stipple serve`: the server, on SQLite in `./data` unless `DATABASE_URL` names PostgreSQL.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the Stipple server (migrates on start; loads the demo chain into an empty embedded database).")

    @Option(help: "The address to listen on.")
    var hostname = "127.0.0.1"

    @Option(help: "The port to listen on.")
    var port = 8080

    func run() async throws {
        try await ServerRunner.serve(try ServerSettings.fromEnvironment(), hostname: hostname, port: port) { say($0) }
    }
}
