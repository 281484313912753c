import ArgumentParser
import Foundation
import StippleCore

/// `stipple protocol`: export the default protocol and check a clinic's own.
struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Show the default aftercare protocol or check a clinic's protocol file.",
        subcommands: [Show.self, Check.self])

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the default protocol as JSON, to start a clinic's own.")

        func run() throws {
            say(DefaultProtocol.json.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Validate a protocol file; each problem names its field.")

        @Argument(help: "The protocol file (JSON).")
        var file: String

        func run() throws {
            let data: Data
            do {
                data = try CLIEnvironment.current.readFile(file)
            } catch {
                throw ValidationError("cannot read \(file)")
            }
            do {
                let p = try AftercareProtocol.load(json: data)
                say("\(file): valid (\(p.id) \(p.version); \(p.stages.count) stages, \(p.aftercare.count) aftercare items, languages \(p.languages.map(\.rawValue).joined(separator: ", ")))")
            } catch {
                complain("\(file): \(error)")
                throw ExitCode(1)
            }
        }
    }
}
