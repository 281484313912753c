import Foundation
import Testing

/// The demo is for a developer's machine: its credentials are its own database's, and a server
/// anyone else can reach never loads it unasked.
@Suite struct DemoCommandTests {
    /// What a process printed so far, appended from the pipe's handler.
    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ chunk: Data) { lock.lock(); data.append(chunk); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
    }

    func dataFolder() -> (String, [String: String]) {
        let data = (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-cli-\(UUID().uuidString)")
        return (data, ["STIPPLE_DATA_DIR": data, "DATABASE_URL": "", "STIPPLE_BCRYPT_COST": "4", "LOG_LEVEL": "warning"])
    }

    /// Starts `stipple serve`, reads what it prints at start (through the demo's client links,
    /// which follow the line on reminders), stops it and returns the output.
    func serveOutput(_ arguments: [String], environment: [String: String]) throws -> String {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("stipple")
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = stdout
        let received = Received()
        stdout.fileHandleForReading.readabilityHandler = { handle in received.append(handle.availableData) }
        try process.run()
        defer {
            process.terminate()
            process.waitUntilExit()
            stdout.fileHandleForReading.readabilityHandler = nil
        }
        var deadline = Date().addingTimeInterval(60)
        var sawLastLine = false
        while Date() < deadline, process.isRunning {
            Thread.sleep(forTimeInterval: 0.1)
            // The demo's client links follow that line: a moment more for them.
            if !sawLastLine, received.text.contains("Reminders go to") { sawLastLine = true; deadline = Date().addingTimeInterval(1.5) }
        }
        let output = received.text
        return output
    }

    @Test func eachDatabaseHasItsOwnRandomCredentialsPrintedAgainOnRequest() throws {
        var tokens: [String] = []
        for _ in 0..<2 {
            let (data, env) = dataFolder()
            defer { try? FileManager.default.removeItem(atPath: data) }
            let seeded = try stippleProcess(["seed", "--demo"], environment: env)
            #expect(seeded.status == 0, "\(seeded.error)")
            let token = try #require(seeded.output.firstMatch(of: /Demo admin token: (stp_\S+)/)?.1)
            let password = try #require(seeded.output.firstMatch(of: /Demo password \(every demo sign-in\): (\S+)/)?.1)
            #expect(!seeded.output.contains("stipple-demo"))
            let again = try stippleProcess(["demo-credentials"], environment: env)
            #expect(again.status == 0 && again.output.contains("Admin API token: \(token)")
                    && again.output.contains("Password of every demo sign-in: \(password)"))
            #expect(try stippleProcess(["demo-credentials", "--token"], environment: env).output == "\(token)\n")
            #expect(try stippleProcess(["demo-credentials", "--password"], environment: env).output == "\(password)\n")
            tokens.append(String(token))
        }
        #expect(tokens[0] != tokens[1])
        let (data, env) = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let none = try stippleProcess(["demo-credentials"], environment: env)
        #expect(none.status == 1 && none.error.contains("holds no demo chain"))
    }

    @Test func aServerReachableFromElsewhereLoadsNoDemoUnlessAsked() throws {
        // On loopback, the embedded default loads the demo and prints its credentials once.
        var (data, env) = dataFolder()
        var output = try serveOutput([], environment: env)
        #expect(output.contains("Demo admin token: stp_") && output.contains("Client page of"))
        output = try serveOutput([], environment: env)
        #expect(!output.contains("Demo admin token") && output.contains("stipple demo-credentials"))
        try? FileManager.default.removeItem(atPath: data)

        // Listening on every address, or behind an https address: no demo.
        for (arguments, extra) in [(["--hostname", "0.0.0.0"], [String: String]()),
                                   ([], ["STIPPLE_PUBLIC_URL": "https://care.clinic.example"])] {
            (data, env) = dataFolder()
            defer { try? FileManager.default.removeItem(atPath: data) }
            output = try serveOutput(arguments, environment: env.merging(extra) { $1 })
            #expect(output.contains("No demo data"), "\(arguments) \(extra)")
            #expect(!output.contains("Demo admin token") && !output.contains("Client page of"))
            #expect(try stippleProcess(["demo-credentials"], environment: env).status == 1)
        }

        // Asked for in so many words, it loads there too.
        (data, env) = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        output = try serveOutput(["--hostname", "0.0.0.0"], environment: env.merging(["STIPPLE_DEMO": "1"]) { $1 })
        #expect(output.contains("Demo admin token: stp_"))
    }
}
