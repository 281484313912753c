import Foundation
import Testing
@testable import StippleCLI

@Suite struct SeedAndStaffCommandTests {
    func dataFolder() -> (String, [String: String]) {
        let data = (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-cli-\(UUID().uuidString)")
        return (data, ["STIPPLE_DATA_DIR": data, "DATABASE_URL": "", "STIPPLE_BCRYPT_COST": "4"])
    }

    @Test func seedSaysWhatToLoadAndHowMany() throws {
        let (data, env) = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        for arguments in [["seed"], ["seed", "--demo", "--clients", "5"], ["seed", "--clients", "0"]] {
            let result = try stippleProcess(arguments, environment: env)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.error.contains("--demo") || result.error.contains("--clients"))
        }
    }

    @Test func aLoadTestChainIsSeededWithProgressLinesThenRefusedOnTopOfData() throws {
        let (data, env) = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let result = try stippleProcess(["seed", "--clients", "40"], environment: env)
        #expect(result.status == 0, "\(result.error)")
        // Not a terminal: plain progress lines, no carriage returns.
        #expect(result.output.contains("40/40 clients (100%)"))
        #expect(!result.output.contains("\r"))
        #expect(result.output.contains("6 clinics, 55 technicians, 40 clients"))
        let again = try stippleProcess(["seed", "--clients", "40"], environment: env)
        #expect(again.status != 0 && again.error.contains("empty database"))
    }

    @Test func anAdminGetsASignInFromTheCommandLine() throws {
        let (data, env) = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(try stippleProcess(["staff", "add", "--name", "Head Office", "--role", "admin"], environment: env).status == 0)
        let short = try stippleProcess(["staff", "password", "--staff", "Head Office", "--email", "office@clinic.example"],
                                       input: "short\n", environment: env)
        #expect(short.status != 0 && short.error.contains("at least 12 characters"))
        let set = try stippleProcess(["staff", "password", "--staff", "Head Office", "--email", "Office@Clinic.example"],
                                     input: "a long enough passphrase\n", environment: env)
        #expect(set.status == 0, "\(set.error)")
        #expect(set.output.contains("signs in as office@clinic.example"))
        let nobody = try stippleProcess(["staff", "password", "--staff", "Nobody", "--email", "x@clinic.example"],
                                        input: "a long enough passphrase\n", environment: env)
        #expect(nobody.status != 0 && nobody.error.contains("no staff member named Nobody"))
    }
}

@Suite struct ProgressBarTests {
    @Test func onATerminalOneLineIsRedrawnWithTheTimeLeft() async {
        let captured = CapturedOutput()
        CLIEnvironment.$current.withValue(captured.environment(now: Date())) {
            let bar = ProgressBar(total: 200, label: "clients", interactive: true)
            bar.update(50)
            bar.update(200)
            bar.finish()
        }
        let out = captured.standardOutput
        #expect(out.hasPrefix("\r[#######.......................] 50/200 clients 25%"))
        #expect(out.contains("\r[##############################] 200/200 clients 100%"))
        #expect(out.contains("left") && out.hasSuffix("\n"))
    }

    @Test func elsewhereATenthAtATimeOnLinesOfTheirOwn() async {
        let captured = CapturedOutput()
        CLIEnvironment.$current.withValue(captured.environment(now: Date())) {
            let bar = ProgressBar(total: 1000, label: "clients", interactive: false)
            for done in stride(from: 0, through: 1000, by: 25) { bar.update(done) }
        }
        let lines = captured.standardOutput.split(separator: "\n")
        #expect(lines.count == 11)  // 0 %, 10 % … 100 %
        #expect(lines.last?.hasPrefix("1000/1000 clients (100%)") == true)
        #expect(!captured.standardOutput.contains("\r"))
    }
}
