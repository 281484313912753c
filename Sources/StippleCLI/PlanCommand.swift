import ArgumentParser
import Foundation
import StippleCore

/// `stipple plan`: the healing journey of one session.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Show the healing journey of a session: timeline, personal estimate and aftercare.")

    @Option(help: "The day of the session, in the clinic's time zone.")
    var sessionDate: LocalDate

    @Option(help: "The clinic's time zone (IANA name).")
    var timezone = TimeZoneArgument(argument: "Europe/London")!

    @Option(help: "The day to show the journey on (default: today in the clinic's time zone).")
    var today: LocalDate?

    @Option(help: "en-GB or nl-NL.")
    var language: Language = .enGB

    @Option(help: ArgumentHelp("Check-ins so far, as JSON Lines (the fields `stipple triage` reads).", valueName: "file"))
    var checkIns: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var factorOptions: FactorOptions
    @OptionGroup var protocolOptions: ProtocolOptions

    func run() throws {
        let p = try protocolOptions.load()
        guard p.languages.contains(language) else {
            throw ValidationError("the protocol has no \(language.rawValue) texts (it has \(p.languages.map(\.rawValue).joined(separator: ", ")))")
        }
        let factors = try factorOptions.factors()
        let checkIns = try loadCheckIns(checkIns)
        let todayDate = today ?? LocalDate(CLIEnvironment.current.now(), in: timezone.timeZone)
        let journey = HealingJourney(
            sessionDate: sessionDate, day: sessionDate.days(until: todayDate),
            timeZoneID: timezone.timeZone.identifier, factors: factors, checkIns: checkIns,
            protocol: p, language: language)
        if json {
            say(jsonText(PlanOutput(journey: journey, language: language)))
        } else {
            say(PlanText.render(journey, language: language))
        }
    }
}
