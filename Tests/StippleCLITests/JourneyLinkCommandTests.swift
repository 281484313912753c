import Foundation
import Testing

@Suite struct JourneyLinkCommandTests {
    @Test func aNewLinkEndsTheOldOneAndRevokeEndsIt() throws {
        let data = (NSTemporaryDirectory() as NSString).appendingPathComponent("stipple-cli-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: data) }
        let env = ["STIPPLE_DATA_DIR": data, "STIPPLE_PUBLIC_URL": "https://care.example/", "DATABASE_URL": ""]
        #expect(try stippleProcess(["seed", "--demo"], environment: env).status == 0)

        let first = try stippleProcess(["journey-link", "Sophie Turner"], environment: env)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Private link for Sophie Turner"))
        let link = try #require(first.output.split(separator: "\n").last.map(String.init))
        #expect(link.hasPrefix("https://care.example/j/"))
        #expect(link.count == "https://care.example/j/".count + 43)

        let second = try stippleProcess(["journey-link", "Sophie Turner"], environment: env)
        #expect(second.output.split(separator: "\n").last.map(String.init) != link)

        let revoked = try stippleProcess(["journey-link", "Sophie Turner", "--revoke"], environment: env)
        #expect(revoked.output.contains("Revoked the link"))
        let again = try stippleProcess(["journey-link", "Sophie Turner", "--revoke"], environment: env)
        #expect(again.output.contains("No working link to revoke."))

        let unknown = try stippleProcess(["journey-link", "Nobody Here"], environment: env)
        #expect(unknown.status == 2)
        #expect(unknown.error.contains("no client named Nobody Here"))
    }
}
