import ArgumentParser
import Foundation
import StippleCore

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
