import ArgumentParser
import Foundation
import StippleCore
import StippleServer
import StippleStore

/// `stipple staff token …` and `stipple staff deactivate`: credentials that can be listed and
/// ended from the command line, as on the admin's staff page.
extension StaffCommand {
    struct Token: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, issue and revoke API tokens.", subcommands: [List.self, Add.self, Revoke.self])

        struct List: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List API tokens: holder, name, dates and state, never the secret.")

            @Option(help: "Only this staff member's (name or id).")
            var staff: String?

            func run() async throws {
                let staff = staff
                try await StaffCommand.withStore { store, now in
                    var holder: StaffMember?
                    if let staff { holder = try await StaffCommand.member(staff, in: store) }
                    let tokens = try await store.apiTokens(staff: holder?.id)
                    let deactivated = try await store.deactivatedStaff()
                    if tokens.isEmpty { say("No tokens.") }
                    let f = ISO8601DateFormatter()
                    for t in tokens {
                        let state = t.revokedAt.map { "revoked \(f.string(from: $0))" }
                            ?? (deactivated[t.staffID] != nil ? "holder deactivated"
                                : (t.works(at: now) ? "works" : "expired"))
                        say([t.id.uuidString, t.staffName, t.name ?? "unnamed", "created \(t.createdAt.map(f.string) ?? "?")",
                             "last used \(t.lastUsedAt.map(f.string) ?? "never")", "expires \(t.expiresAt.map(f.string) ?? "never")",
                             state].joined(separator: "  "))
                    }
                }
            }
        }

        struct Add: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Issue an API token for a staff member and print it once.")

            @Option(help: "The holder's name or id.")
            var staff: String

            @Option(help: "What the token is for.")
            var name: String

            @Option(help: "Days until it expires (default: until revoked).")
            var expiresInDays: Int?

            func validate() throws {
                if let days = expiresInDays, !(1...3650).contains(days) { throw ValidationError("--expires-in-days must be 1 to 3650") }
                do { _ = try PlainText.line(name, field: "name", maximum: 100) } catch {
                    throw ValidationError("--name must be 1 to 100 characters on one line")
                }
            }

            func run() async throws {
                let (staff, name, days) = (staff, name, expiresInDays)
                try await StaffCommand.withStore { store, now in
                    let holder = try await StaffCommand.member(staff, in: store)
                    guard try await store.deactivatedStaff()[holder.id] == nil else {
                        throw ValidationError("\(holder.name) is deactivated")
                    }
                    let token = APIToken.generate()
                    let expires = days.map { now.addingTimeInterval(Double($0) * 86_400) }
                    let id = try await store.addAPIToken(staff: holder.id, name: try PlainText.line(name, field: "name", maximum: 100),
                                                         tokenHash: APIToken.hash(token), expiresAt: expires, at: now)
                    say("Token \(id) for \(holder.name)\(expires.map { ", until \(ISO8601DateFormatter().string(from: $0))" } ?? "").")
                    say("API token (shown once, store it safely): \(token)")
                }
            }
        }

        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Revoke an API token by its id (from `stipple staff token list`).")

            @Argument(help: "The token's id.")
            var id: String

            func run() async throws {
                guard let id = UUID(uuidString: id) else { throw ValidationError("the token's id is a UUID, from `stipple staff token list`") }
                try await StaffCommand.withStore { store, now in
                    guard try await store.apiTokens().contains(where: { $0.id == id }) else { throw ValidationError("no token \(id)") }
                    say(try await store.revokeAPIToken(id, at: now) ? "Revoked \(id): it works no more." : "\(id) was revoked already.")
                }
            }
        }
    }

    struct Deactivate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deactivate a staff member: their sessions, tokens and calendar feed end at once, and they cannot sign in.")

        @Option(help: "The staff member's name or id.")
        var staff: String

        func run() async throws {
            let staff = staff
            try await StaffCommand.withStore { store, now in
                let member = try await StaffCommand.member(staff, in: store)
                say(try await store.deactivateStaff(member.id, at: now)
                    ? "\(member.name) is deactivated: their sessions, tokens and calendar feed have ended."
                    : "\(member.name) was deactivated already.")
            }
        }
    }

    /// The database of the environment, without loading the demo, and the clock.
    static func withStore(_ body: (Store, Date) async throws -> Void) async throws {
        var settings = try ServerSettings.fromEnvironment()
        settings.loadDemoWhenEmpty = false
        let now = CLIEnvironment.current.now()
        try await ServerRunner.withStore(settings) { store in try await body(store, now) }
    }

    /// A staff member by id or exact name.
    static func member(_ nameOrID: String, in store: Store) async throws -> StaffMember {
        if let id = UUID(uuidString: nameOrID), let found = try await store.staffMember(id) { return found }
        let named = try await store.staff(clinic: nil).filter { $0.name == nameOrID }
        guard let found = named.first else { throw ValidationError("no staff member named \(nameOrID)") }
        guard named.count == 1 else { throw ValidationError("\(named.count) staff members are named \(nameOrID): give the id") }
        return found
    }
}
