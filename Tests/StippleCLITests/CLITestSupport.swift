import Foundation
import StippleCLI

struct CommandResult {
    var status: Int32
    var output: String
    var error: String
}

/// Runs `stipple` in-process with a fixed clock, standard input and files.
func stipple(_ arguments: [String], input: String = "", files: [String: String] = [:],
             now: Date = Date(timeIntervalSince1970: 1_795_608_000)) async -> CommandResult {
    let captured = CapturedOutput()
    let status = await CLIEnvironment.$current.withValue(captured.environment(now: now, input: input, files: files)) {
        await StippleCommand.run(arguments)
    }
    return CommandResult(status: status, output: captured.standardOutput, error: captured.standardError)
}

/// Runs the built `stipple` executable, for what only a real process shows: exit status and
/// the absence of crashes.
func stippleProcess(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> CommandResult {
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("stipple")
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    if !environment.isEmpty {
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    }
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandResult(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                         error: String(decoding: err, as: UTF8.self))
}

func jsonLines(_ text: String) -> [[String: Any]] {
    text.split(separator: "\n").compactMap {
        try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
}
