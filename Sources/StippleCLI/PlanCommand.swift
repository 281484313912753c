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

/// The JSON of `stipple plan --json`: the journey plus its explanation in words.
struct PlanOutput: Encodable {
    var journey: HealingJourney
    var estimateSummary: String
    var estimateExplanation: [String]

    init(journey: HealingJourney, language: Language) {
        self.journey = journey
        estimateSummary = EstimateText.summary(journey.estimate, sessionDate: journey.sessionDate, language)
        estimateExplanation = EstimateText.contributions(journey.estimate, language)
    }
}

/// The journey as text for a terminal, in the client's language.
enum PlanText {
    static func render(_ j: HealingJourney, language: Language) -> String {
        let nl = language == .nlNL
        let t = j.today
        var lines: [String] = []
        lines.append(nl ? "Herstelverloop na de sessie van \(j.sessionDate.text(language)) (\(j.timeZone))"
                        : "Healing journey after the session on \(j.sessionDate.text(language)) (\(j.timeZone))")
        lines.append(nl ? "Protocol \(j.protocolID) \(j.protocolVersion)" : "Protocol \(j.protocolID) \(j.protocolVersion)")
        lines.append("")

        if t.day < 0 {
            lines.append(nl ? "Vandaag (\(t.date.text(language))) is vóór de sessie." : "Today (\(t.date.text(language))) is before the session.")
        } else {
            lines.append(nl ? "VANDAAG: dag \(t.day), \(t.date.text(language)) — \(t.stageTitle)"
                            : "TODAY: day \(t.day), \(t.date.text(language)) — \(t.stageTitle)")
            lines.append("  \(t.stageSummary)")
            list(&lines, nl ? "Wat nu normaal is" : "What is normal now", t.normal)
            list(&lines, nl ? "Doen" : "Do", t.doItems)
            list(&lines, nl ? "Niet doen" : "Avoid", t.avoidItems)
            if let title = t.nextStageTitle, let day = t.nextStageDay, let date = t.nextStageDate {
                lines.append(nl ? "  Hierna: \(title), vanaf dag \(day) (\(date.text(language)))."
                                : "  Next: \(title), from day \(day) (\(date.text(language))).")
            }
            if let day = t.nextCheckInDay, let date = t.nextCheckInDate {
                lines.append(nl ? "  Volgende check-in: dag \(day) (\(date.text(language)))."
                                : "  Next check-in: day \(day) (\(date.text(language))).")
            }
        }
        lines.append("")

        lines.append(nl ? "TIJDLIJN" : "TIMELINE")
        for stage in j.timeline {
            let days = stage.endDay.map { nl ? "dag \(stage.startDay)–\($0)" : "day \(stage.startDay)–\($0)" }
                ?? (nl ? "vanaf dag \(stage.startDay)" : "from day \(stage.startDay)")
            let dates = stage.endDate.map { "\(stage.startDate.text(language, withYear: false)) – \($0.text(language, withYear: false))" }
                ?? stage.startDate.text(language, withYear: false)
            let marker = stage.id == t.stageID ? "▶" : " "
            lines.append(" \(marker) \(pad(days, 14)) \(pad(dates, 24)) \(stage.title)")
        }
        lines.append("")

        lines.append(nl ? "PERSOONLIJKE SCHATTING" : "PERSONAL HEALING ESTIMATE")
        lines.append("  " + EstimateText.summary(j.estimate, sessionDate: j.sessionDate, language))
        let explanation = EstimateText.contributions(j.estimate, language)
        if explanation.isEmpty {
            lines.append(nl ? "  Geen factoren die het herstel vertragen of versnellen: de gangbare verwachting."
                            : "  No factors that slow or speed healing: the typical expectation.")
        } else {
            lines.append(nl ? "  Ten opzichte van een gemiddelde cliënt (dag \(Int(HealingFactorTable.baseMostLikelyDays))):"
                            : "  Compared with a typical client (day \(Int(HealingFactorTable.baseMostLikelyDays))):")
            lines += explanation.map { "    \($0)" }
        }
        if let d = j.estimate.stillHealingOnDay, j.estimate.healedOnDay == nil {
            lines.append(nl ? "  De check-in van dag \(d) toonde nog korstjes of roodheid."
                            : "  The check-in of day \(d) still showed scabs or redness.")
        }
        lines.append(nl ? "  (Tabel \(j.estimate.tableVersion): aannames, nog te ijken met gegevens van de klinieken.)"
                        : "  (Table \(j.estimate.tableVersion): assumptions, to be calibrated on clinic data.)")
        lines.append("")

        lines.append(nl ? "NAZORG PER FASE" : "AFTERCARE BY STAGE")
        for stage in j.timeline {
            let days = stage.endDay.map { nl ? "dag \(stage.startDay)–\($0)" : "day \(stage.startDay)–\($0)" }
                ?? (nl ? "vanaf dag \(stage.startDay)" : "from day \(stage.startDay)")
            lines.append("  \(stage.title) (\(days))")
            list(&lines, nl ? "Normaal" : "Normal", stage.normal, indent: "    ")
            list(&lines, nl ? "Doen" : "Do", stage.doItems, indent: "    ")
            list(&lines, nl ? "Niet doen" : "Avoid", stage.avoidItems, indent: "    ")
        }
        lines.append("")
        let checkIns = zip(j.checkInDays, j.checkInDates).map { nl ? "dag \($0) (\($1.text(language, withYear: false)))" : "day \($0) (\($1.text(language, withYear: false)))" }
        lines.append((nl ? "CHECK-INDAGEN: " : "CHECK-IN DAYS: ") + checkIns.joined(separator: ", "))
        return lines.joined(separator: "\n")
    }

    private static func list(_ lines: inout [String], _ title: String, _ items: [String], indent: String = "  ") {
        guard !items.isEmpty else { return }
        lines.append("\(indent)\(title):")
        lines += items.map { "\(indent)  • \($0)" }
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }
}
