import Foundation
import Testing

@Suite struct StaffCredentialCommandTests {
    func dataFolder() -> (String, [String: String]) {
        let data = (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-cli-\(UUID().uuidString)")
        return (data, ["STIPPLE_DATA_DIR": data, "DATABASE_URL": "", "STIPPLE_BCRYPT_COST": "4", "LOG_LEVEL": "warning"])
    }

    @Test func tokensAreListedIssuedAndRevokedAndAPersonDeactivated() throws {
        let (data, env) = dataFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let added = try stippleProcess(["staff", "add", "--name", "Head Office", "--role", "admin"], environment: env)
        #expect(added.status == 0, "\(added.error)")
        let first = try #require(added.output.firstMatch(of: /API token \(shown once, store it safely\): (stp_\S+)/)?.1)

        let issued = try stippleProcess(["staff", "token", "add", "--staff", "Head Office", "--name", "Booking system",
                                         "--expires-in-days", "30"], environment: env)
        #expect(issued.status == 0, "\(issued.error)")
        let id = try #require(issued.output.firstMatch(of: #/Token ([0-9A-F-]{36}) for Head Office, until/#)?.1)
        let second = try #require(issued.output.firstMatch(of: /: (stp_\S+)/)?.1)

        var list = try stippleProcess(["staff", "token", "list"], environment: env)
        #expect(list.status == 0)
        #expect(list.output.split(separator: "\n").count == 2)
        #expect(list.output.contains("\(id)  Head Office  Booking system") && list.output.contains("works"))
        // Never the secret, never its hash.
        #expect(!list.output.contains(first) && !list.output.contains(second))

        #expect(try stippleProcess(["staff", "token", "revoke", String(id)], environment: env).output.contains("Revoked"))
        #expect(try stippleProcess(["staff", "token", "revoke", String(id)], environment: env).output.contains("revoked already"))
        list = try stippleProcess(["staff", "token", "list", "--staff", "Head Office"], environment: env)
        #expect(list.output.split(separator: "\n").first { $0.contains(id) }?.contains("revoked") == true)

        // Bad arguments exit 2 and name the option.
        for arguments in [["staff", "token", "add", "--staff", "Head Office", "--name", "x", "--expires-in-days", "0"],
                          ["staff", "token", "revoke", "not-an-id"], ["staff", "token", "add", "--staff", "Nobody", "--name", "x"]] {
            let bad = try stippleProcess(arguments, environment: env)
            #expect(bad.status == 2, "\(arguments): \(bad.error)")
        }

        let gone = try stippleProcess(["staff", "deactivate", "--staff", "Head Office"], environment: env)
        #expect(gone.status == 0 && gone.output.contains("is deactivated"))
        list = try stippleProcess(["staff", "token", "list"], environment: env)
        #expect(!list.output.contains("works"))
        #expect(try stippleProcess(["staff", "token", "add", "--staff", "Head Office", "--name", "again"], environment: env).status == 2)
    }
}
