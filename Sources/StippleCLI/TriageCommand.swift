import ArgumentParser
import Foundation
import StippleCore

/// `stipple triage`: check-ins as JSON Lines in, one triage per line out.
struct TriageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "triage",
        abstract: "Triage check-ins read as JSON Lines on standard input.",
        discussion: """
        Each input line is one check-in: day, redness, swelling, pain, heat, discharge (none, clear, \
        bloody, cloudy), foulSmell, temperatureC, feelsUnwell, shivering, systemicSymptoms, \
        spreadingRedness, swellingNearEyes, breathingDifficulty, scabs, scabsPicked, oozing, \
        itchyRaisedDots, blurredDots, plaques, the aftercare answers washed, sweated, sun, hat, \
        swimming, an optional client object (age, diabetes, immunosuppressed, anticoagulants, \
        psoriasis) and an optional previous list of earlier check-ins. A missing field means \
        "not reported". Each output line has tier, route (for red: emergency or urgentCare), score, \
        reasons and action. A malformed line \
        is reported on standard error with its line number and field; the others are still \
        answered, and the exit status is then 1.
        """)

    @Option(help: "en-GB or nl-NL.")
    var language: Language = .enGB

    @Option(help: "The clinic's country (ISO code), for the emergency number and urgent-care advice.")
    var country = "GB"

    @Option(help: "The emergency number to give (default: the country's).")
    var emergencyNumber: String?

    @Option(help: "Where to get same-day urgent care (default: the country's, e.g. NHS 111 in GB).")
    var urgentCare: String?

    @OptionGroup var protocolOptions: ProtocolOptions

    func run() throws {
        let p = try protocolOptions.load()
        guard p.languages.contains(language) else {
            throw ValidationError("the protocol has no \(language.rawValue) texts")
        }
        let number = emergencyNumber ?? EmergencyNumber.forCountry(country)
        let advice = urgentCare ?? UrgentCareAdvice.forCountry(country, language: language)
        let input = String(decoding: CLIEnvironment.current.readInput(), as: UTF8.self)
        var failures = 0
        for (index, line) in input.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let text = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty { continue }
            let request: CheckInRequest
            do {
                request = try CheckInRequest.parse(Data(text.utf8))
            } catch {
                failures += 1
                let field = error.field.isEmpty ? "" : " field \(error.field):"
                complain("line \(index + 1):\(field) \(error.message)")
                continue
            }
            let result = Triage.assess(request.checkIn, previous: request.previous,
                                       risk: request.client ?? RiskProfile(), protocol: p)
            say(jsonText(TriageOutput(line: index + 1, result: result, language: language,
                                      protocol: p, emergencyNumber: number, urgentCare: advice), pretty: false))
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
