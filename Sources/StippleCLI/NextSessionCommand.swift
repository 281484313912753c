import ArgumentParser
import Foundation
import StippleCore

/// `stipple next-session`: the earliest date the next session may be booked, and why.
struct NextSessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-session",
        abstract: "The earliest allowed date for the next session, and why.",
        discussion: "Exit status 1 when a --requested date is refused.")

    @Option(name: .customLong("previous"), help: ArgumentHelp("The date of a session held so far; repeat for each.", valueName: "date"))
    var previous: [LocalDate] = []

    @Option(help: ArgumentHelp("Check-ins since the last session, as JSON Lines (the fields `stipple triage` reads).", valueName: "file"))
    var checkIns: String?

    @Option(help: "The date a check-in confirmed the scalp healed, if known without the check-ins.")
    var healedOn: LocalDate?

    @Option(help: "The most severe alert still open: yellow, amber or red.")
    var openAlert: TriageTier?

    @Option(help: "A date to check.")
    var requested: LocalDate?

    @Option(help: "en-GB or nl-NL.")
    var language: Language = .enGB

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var factorOptions: FactorOptions
    @OptionGroup var protocolOptions: ProtocolOptions

    func validate() throws {
        if previous.isEmpty { throw ValidationError("give at least one --previous session date") }
    }

    func run() throws {
        let p = try protocolOptions.load()
        var factors = try factorOptions.factors()
        // The estimate is for healing after the last session held.
        factors.sessionNumber = max(factors.sessionNumber, previous.count)
        let last = previous.max()!
        let checkIns = try loadCheckIns(checkIns)
        let estimate = HealingEstimator.estimate(factors, checkIns: checkIns, protocol: p)
        let healed = healedOn ?? estimate.healedOnDay.map { last.adding(days: $0) }
        let decision = SessionSpacing.next(
            previousSessions: previous, healedOn: healed,
            estimatedHealedBy: last.adding(days: estimate.upperDays),
            openAlert: openAlert, requested: requested, protocol: p)
        if json {
            say(jsonText(NextSessionOutput(decision: decision, explanation: decision.explanation(language, protocol: p))))
        } else {
            let nl = language == .nlNL
            if let tier = decision.blockedBy {
                say(nl ? "Nog niet te plannen: er staat een \(tier.rawValue) melding open. Daarna op zijn vroegst \(decision.earliestDate.text(language))."
                       : "Not bookable yet: an \(tier.rawValue) alert is open. After it is closed, the earliest date is \(decision.earliestDate.text(language)).")
            } else {
                say(nl ? "Sessie \(decision.sessionNumber): op zijn vroegst \(decision.earliestDate.text(language)) (\(decision.earliestDate))."
                       : "Session \(decision.sessionNumber): earliest \(decision.earliestDate.text(language)) (\(decision.earliestDate)).")
            }
            say(nl ? "Gebruikelijk: \(decision.recommendedFrom.text(language)) tot \(decision.recommendedTo.text(language))."
                   : "Usual window: \(decision.recommendedFrom.text(language)) to \(decision.recommendedTo.text(language)).")
            for line in decision.explanation(language, protocol: p) { say("  • \(line)") }
        }
        if decision.requestAllowed == false { throw ExitCode(1) }
    }
}
