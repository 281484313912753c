import ArgumentParser
import Foundation
import StippleServer
import StippleStore

/// `stipple journey-link CLIENT`: a new private link to the client's latest journey (the old
/// one stops working), or `--revoke` to end it.
struct JourneyLinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey-link",
        abstract: "Issue (or revoke) a client's private link to their latest healing journey.")

    @Argument(help: "The client's id, or their full name when no other client has it.")
    var client: String

    @Flag(help: "End the link instead of issuing a new one.")
    var revoke = false

    @Option(help: "The address clients reach the server at (default: STIPPLE_PUBLIC_URL, or http://127.0.0.1:8080).")
    var baseURL: String?

    func run() async throws {
        var settings = try ServerSettings.fromEnvironment()
        settings.loadDemoWhenEmpty = false
        let base = ServerSettings.baseURL(baseURL ?? settings.publicURL ?? "http://127.0.0.1:8080")
        try await ServerRunner.withStore(settings) { store in
            let clientID: UUID
            if let id = UUID(uuidString: client) {
                clientID = id
            } else {
                let named = try await store.clients(named: client)
                guard named.count == 1 else {
                    throw ValidationError(named.isEmpty ? "no client named \(client)"
                                                        : "\(named.count) clients are named \(client): give the client's id")
                }
                clientID = named[0].id
            }
            guard let record = try await store.client(clientID) else { throw ValidationError("no client with id \(client)") }
            guard let journey = try await store.latestJourney(client: clientID) else {
                throw ValidationError("\(record.fullName) has no healing journey yet: record a session first")
            }
            let now = settings.now()
            if revoke {
                let count = try await store.revokeJourneyLinks(journey: journey.id, now: now)
                say(count == 0 ? "No working link to revoke." : "Revoked the link to the journey of \(journey.sessionDate).")
                return
            }
            let issued = try await JourneyLinks.issue(journey: journey.id, store: store, now: now, days: settings.journeyLinkDays,
                                                      sealer: settings.linkSealer)
            say("Private link for \(record.fullName), journey of \(journey.sessionDate) (shown once; the previous link no longer works):")
            say(base + issued.path)
        }
    }
}

