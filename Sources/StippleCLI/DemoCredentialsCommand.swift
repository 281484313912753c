import ArgumentParser
import Foundation
import StippleServer
import StippleStore

/// `stipple demo-credentials`: the demo (or load-test) chain's admin token and password, made at
/// random when the chain was loaded and printed then; here again, unsealed with this server's key.
struct DemoCredentialsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo-credentials",
        abstract: "Print the demo chain's admin API token and the password of its sign-ins.")

    @Flag(help: "Print the admin API token alone (for scripts).")
    var token = false

    @Flag(help: "Print the password alone (for scripts).")
    var password = false

    func validate() throws {
        if token && password { throw ValidationError("--token or --password, not both") }
    }

    func run() async throws {
        var settings = try ServerSettings.fromEnvironment()
        settings.loadDemoWhenEmpty = false
        let credentials = try await ServerRunner.withStore(settings) { store in
            try await DemoChain.Credentials.read(from: store, sealer: settings.linkSealer)
        }
        guard let credentials else {
            complain("\(settings.location.description) holds no demo chain (stipple seed --demo loads one into an empty database).")
            throw ExitCode(1)
        }
        if token { return say(credentials.adminToken) }
        if password { return say(credentials.password) }
        say("Admin API token: \(credentials.adminToken)")
        say("Password of every demo sign-in: \(credentials.password)")
        for login in DemoChain.logins { say("  \(login.email) (\(login.what))") }
    }
}
