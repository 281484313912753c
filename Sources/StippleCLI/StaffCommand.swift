import ArgumentParser
import Foundation
import StippleCore
import StippleServer
import StippleStore

/// `stipple staff add`: a staff member with an API token, printed once.
struct StaffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "Manage staff.", subcommands: [Add.self, Password.self, Token.self, Deactivate.self])

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
            let trimmed: String
            do { trimmed = try PlainText.line(name, field: "name") } catch {
                throw ValidationError("--name must be 1 to 200 characters on one line")
            }
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

    /// The first admin's sign-in, or anyone's when no admin can sign in to the staff page.
    struct Password: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a staff member's sign-in email and password (read from STIPPLE_NEW_PASSWORD or the first line of standard input).")

        @Option(help: "The staff member's name or id.")
        var staff: String

        @Option(help: "The email they sign in with.")
        var email: String

        func run() async throws {
            let email: String
            do { email = try EmailAddress(self.email).text.lowercased() } catch let error as FieldError {
                throw ValidationError("--email \(error.message)")
            }
            let password = ProcessInfo.processInfo.environment["STIPPLE_NEW_PASSWORD"] ?? readLine(strippingNewline: true) ?? ""
            if let problem = StaffPasswords.problem(password) { throw ValidationError("the password: \(problem)") }
            let settings = try ServerSettings.fromEnvironment()
            var quiet = settings
            quiet.loadDemoWhenEmpty = false
            try await ServerRunner.withStore(quiet) { store in
                var member: StaffMember?
                if let id = UUID(uuidString: staff) { member = try await store.staffMember(id) }
                if member == nil { member = try await store.staff(clinic: nil).first { $0.name == staff } }
                guard let member else { throw ValidationError("no staff member named \(staff)") }
                do {
                    try await store.setLogin(staff: member.id, email: email,
                                             passwordHash: try StaffPasswords.hashHere(password, cost: settings.passwordCost))
                } catch is EmailTaken {
                    throw ValidationError("another staff member signs in with \(email)")
                }
                say("\(member.name) signs in as \(email); their open sessions have ended.")
            }
        }
    }
}
