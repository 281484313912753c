import ArgumentParser
import Foundation

/// `stipple`: the healing engine from the command line.
public struct StippleCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "stipple",
        abstract: "Healing journeys for scalp micropigmentation clinics.",
        subcommands: [
            ServeCommand.self, MigrateCommand.self, SeedCommand.self, StaffCommand.self, JourneyLinkCommand.self,
            RemindersCommand.self, DemoCredentialsCommand.self,
            PlanCommand.self, TriageCommand.self, NextSessionCommand.self, ProtocolCommand.self,
        ])

    public init() {}

    /// Runs the command line and returns the exit status: 0 success, 1 a failure the command
    /// reports (a malformed triage line, a refused date), 2 bad arguments. Never a stack trace.
    public static func run(_ arguments: [String]) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { say(message) }
                return 0
            }
            if !message.isEmpty { complain(message) }
            if error is ExitCode { return code.rawValue }
            // Parse and validation errors (ArgumentParser's EX_USAGE) are bad arguments.
            return code.rawValue == ExitCode.validationFailure.rawValue ? 2 : code.rawValue
        }
    }

    public static func runAndExit() async -> Never {
        Foundation.exit(await run(Array(CommandLine.arguments.dropFirst())))
    }
}
