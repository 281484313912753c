import ArgumentParser
import Foundation
import StippleCore
import StippleServer
import StippleStore

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

/// `stipple migrate`: bring the database schema up to date, and nothing else.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Migrate the database and exit.")

    func run() async throws {
        var settings = try ServerSettings.fromEnvironment()
        settings.loadDemoWhenEmpty = false
        try await ServerRunner.withStore(settings) { _ in }
        say("Migrated \(settings.location.description).")
    }
}

/// `stipple seed --demo`: load the demo chain on demand.
struct SeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "seed", abstract: "Load demo data.")

    @Flag(help: "The demo chain: six clinics, their lead technicians and a dozen healing clients.")
    var demo = false

    func validate() throws {
        if !demo { throw ValidationError("say what to load: --demo") }
    }

    func run() async throws {
        var settings = try ServerSettings.fromEnvironment()
        settings.loadDemoWhenEmpty = false
        try await ServerRunner.withStore(settings) { store in
            guard try await store.isEmpty() else {
                throw ValidationError("the database already has data; the demo loads into an empty database only")
            }
            let summary = try await DemoChain.load(into: store, now: settings.now(), protocol: settings.aftercareProtocol)
            say("Loaded the demo chain into \(settings.location.description): \(summary.clinics) clinics, \(summary.clients) clients.")
            say("Demo admin token: \(summary.adminToken)")
        }
    }
}

/// `stipple staff add`: a staff member with an API token, printed once.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Manage staff.", subcommands: [Add.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a staff member and print their API token once.")

        @Option(help: "Their name.")
        var name: String

        @Option(help: "The clinic's name or id (not for admins).")
        var clinic: String?

        @Option(help: "admin, lead-technician, technician or reception.")
        var role: String

        @Option(help: "Licence or registration number (technicians).")
        var licence: String?

        func run() async throws {
            guard let role = StaffRole(rawValue: role) else {
                throw ValidationError("--role must be one of \(StaffRole.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { throw ValidationError("--name must not be empty") }
            var settings = try ServerSettings.fromEnvironment()
            settings.loadDemoWhenEmpty = false
            try await ServerRunner.withStore(settings) { store in
                var clinicID: UUID?
                if let clinic {
                    var found: Clinic?
                    if let id = UUID(uuidString: clinic) { found = try await store.clinic(id) }
                    if found == nil { found = try await store.clinic(named: clinic) }
                    guard let found else { throw ValidationError("no clinic named \(clinic)") }
                    clinicID = found.id
                } else if role != .admin {
                    throw ValidationError("--clinic is required for a \(role.rawValue)")
                }
                let token = APIToken.generate()
                let member = try await store.createStaff(
                    NewStaffMember(clinicID: clinicID, name: trimmed, role: role, licenceNumber: licence),
                    tokenHash: APIToken.hash(token))
                say("Added \(member.name) (\(member.role.rawValue)), id \(member.id).")
                say("API token (shown once, store it safely): \(token)")
            }
        }
    }
}

