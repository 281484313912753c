import Foundation

extension AftercareProtocol {
    /// Parses and validates a protocol document (JSON).
    public static func load(json data: Data) throws(ProtocolError) -> AftercareProtocol {
        let decoded: AftercareProtocol
        do {
            decoded = try JSONDecoder().decode(AftercareProtocol.self, from: data)
        } catch let error as DecodingError {
            throw ProtocolError(problems: [problem(from: error)])
        } catch {
            throw ProtocolError(problems: [.init(path: "", message: "not valid JSON")])
        }
        try decoded.validate()
        return decoded
    }

    /// The protocol as pretty-printed JSON, as a clinic would keep it in a file.
    public func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every field is a plain value; encoding cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    /// Checks the rules a protocol must keep for the engine to give sound advice.
    public func validate() throws(ProtocolError) {
        var v = ProtocolValidator(languages: languages)
        v.check(!id.trimmingCharacters(in: .whitespaces).isEmpty, "id", "must not be empty")
        v.check(!version.trimmingCharacters(in: .whitespaces).isEmpty, "version", "must not be empty")
        v.check(!languages.isEmpty, "languages", "must name at least one language")
        v.check(Set(languages).count == languages.count, "languages", "lists a language twice")

        v.check(!stages.isEmpty, "stages", "must have at least one stage")
        var stageIDs = Set<String>()
        for (i, stage) in stages.enumerated() {
            let p = "stages[\(i)]"
            v.check(!stage.id.isEmpty, "\(p).id", "must not be empty")
            v.check(stageIDs.insert(stage.id).inserted, "\(p).id", "\"\(stage.id)\" is used twice")
            if i == 0 {
                v.check(stage.startDay == 0, "\(p).startDay", "the first stage must start on day 0")
            } else {
                let expected = stages[i - 1].endDay + 1
                v.check(stage.startDay == expected, "\(p).startDay",
                        "must be \(expected), the day after the previous stage ends (stages are contiguous)")
            }
            v.check(stage.endDay >= stage.startDay, "\(p).endDay", "must not be before startDay (\(stage.startDay))")
            v.text(stage.title, "\(p).title")
            v.text(stage.summary, "\(p).summary")
            v.text(stage.reminder, "\(p).reminder")
            for (j, n) in stage.normal.enumerated() { v.text(n, "\(p).normal[\(j)]") }
        }
        v.text(healed.title, "healed.title")
        v.text(healed.summary, "healed.summary")
        for (j, n) in healed.normal.enumerated() { v.text(n, "healed.normal[\(j)]") }

        var itemIDs = Set<String>()
        for (i, item) in aftercare.enumerated() {
            let p = "aftercare[\(i)]"
            v.check(!item.id.isEmpty, "\(p).id", "must not be empty")
            v.check(itemIDs.insert(item.id).inserted, "\(p).id", "\"\(item.id)\" is used twice")
            v.check(item.fromDay >= 0, "\(p).fromDay", "must be 0 or later")
            if let until = item.untilDay {
                v.check(until >= item.fromDay, "\(p).untilDay", "must not be before fromDay (\(item.fromDay))")
            }
            let allowed = item.untilDay == nil ? ["fromDay"] : AftercareItem.placeholders
            v.text(item.text, "\(p).text", placeholders: Set(allowed))
        }

        v.check(!checkInDays.isEmpty, "checkInDays", "must name at least one day")
        v.check(checkInDays.allSatisfy { $0 >= 0 }, "checkInDays", "days must be 0 or later")
        v.check(zip(checkInDays, checkInDays.dropFirst()).allSatisfy { $0 < $1 }, "checkInDays",
                "days must be in increasing order without repeats")

        v.check(!spacing.isEmpty, "spacing", "must have a rule for session 2")
        for (i, rule) in spacing.enumerated() {
            let p = "spacing[\(i)]"
            if i == 0 {
                v.check(rule.toSession == 2, "\(p).toSession", "the first rule must be for session 2")
            } else {
                v.check(rule.toSession > spacing[i - 1].toSession, "\(p).toSession", "must be higher than the rule before")
            }
            v.check(rule.minDays >= 1, "\(p).minDays", "must be at least 1")
            v.check(rule.recommendedFromDays >= rule.minDays, "\(p).recommendedFromDays",
                    "must not be below minDays (\(rule.minDays))")
            v.check(rule.recommendedToDays >= rule.recommendedFromDays, "\(p).recommendedToDays",
                    "must not be below recommendedFromDays (\(rule.recommendedFromDays))")
            v.text(rule.label, "\(p).label")
        }

        let plan = self.plan
        v.check(plan.minSessions >= 1, "plan.minSessions", "must be at least 1")
        v.check(plan.maxSessions <= 10, "plan.maxSessions", "must be at most 10")
        v.check(plan.minSessions <= plan.maxSessions, "plan.maxSessions", "must not be below minSessions (\(plan.minSessions))")
        v.check(plan.minSessions <= plan.defaultSessions && plan.defaultSessions <= plan.maxSessions, "plan.defaultSessions",
                "must be from minSessions to maxSessions")
        v.check((1...365).contains(plan.touchUpFromDays), "plan.touchUpFromDays", "must be a day from 1 to 365")
        v.check(plan.touchUpToDays >= plan.touchUpFromDays && plan.touchUpToDays <= 365, "plan.touchUpToDays",
                "must be from touchUpFromDays (\(plan.touchUpFromDays)) to 365")
        v.check((1...10).contains(plan.topUpFromYears), "plan.topUpFromYears", "must be from 1 to 10 years")
        v.check(plan.topUpToYears >= plan.topUpFromYears && plan.topUpToYears <= 10, "plan.topUpToYears",
                "must be from topUpFromYears (\(plan.topUpFromYears)) to 10 years")

        let t = triage
        v.check((37.0...42.0).contains(t.feverC), "triage.feverC", "must be between 37.0 and 42.0 °C")
        for (name, day) in [("inflammationEndDay", t.inflammationEndDay),
                            ("foreheadSwellingExpectedUntilDay", t.foreheadSwellingExpectedUntilDay),
                            ("scoreReviewAfterDay", t.scoreReviewAfterDay),
                            ("lingeringScabsFromDay", t.lingeringScabsFromDay),
                            ("lingeringSymptomsFromDay", t.lingeringSymptomsFromDay),
                            ("raisedDotsExpectedUntilDay", t.raisedDotsExpectedUntilDay),
                            ("blurredDotsExpectedUntilDay", t.blurredDotsExpectedUntilDay),
                            ("earliestHealedDay", t.earliestHealedDay)] {
            v.check((0...365).contains(day), "triage.\(name)", "must be a day from 0 to 365")
        }
        v.check((1...18).contains(t.scoreReviewThreshold), "triage.scoreReviewThreshold", "must be from 1 to 18")
        v.check((1...18).contains(t.scoreRiseThreshold), "triage.scoreRiseThreshold", "must be from 1 to 18")
        v.check((1...3).contains(t.rapidSpreadRise), "triage.rapidSpreadRise", "must be from 1 to 3")
        v.check((1...14).contains(t.rapidSpreadWindowDays), "triage.rapidSpreadWindowDays", "must be from 1 to 14")
        v.check((18...120).contains(t.higherRiskAge), "triage.higherRiskAge", "must be from 18 to 120")
        v.check(t.infectionSignTier == .yellow || t.infectionSignTier == .amber, "triage.infectionSignTier",
                "must be yellow or amber (emergencies are always red)")

        v.text(messages.checkInReminder, "messages.checkInReminder", placeholders: ["day"])
        v.text(messages.missedCheckIn, "messages.missedCheckIn")
        v.text(messages.followUpTomorrow, "messages.followUpTomorrow", placeholders: ["date"])
        for tier in TriageTier.allCases {
            v.text(messages.actions.text(for: tier), "messages.actions.\(tier.rawValue)", placeholders: ["emergencyNumber"])
        }
        v.text(messages.actions.urgentCare, "messages.actions.urgentCare", placeholders: ["emergencyNumber", "urgentCare"])
        for (name, text, placeholder) in [("red", messages.actions.red, "emergencyNumber"),
                                          ("urgentCare", messages.actions.urgentCare, "urgentCare")] {
            for language in languages where !(text.values[language] ?? "").contains("{\(placeholder)}") {
                v.fail("messages.actions.\(name).\(language.rawValue)", "must tell the client {\(placeholder)}")
            }
        }

        if !v.problems.isEmpty { throw ProtocolError(problems: v.problems) }
    }

    private static func problem(from error: DecodingError) -> ProtocolError.Problem {
        func path(_ keys: [any CodingKey]) -> String {
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" }
                else { out += out.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return out
        }
        switch error {
        case let .keyNotFound(key, context):
            return .init(path: path(context.codingPath + [key]), message: "is missing")
        case let .typeMismatch(type, context):
            return .init(path: path(context.codingPath), message: "must be \(describe(type))")
        case let .valueNotFound(type, context):
            return .init(path: path(context.codingPath), message: "must be \(describe(type)), not null")
        case let .dataCorrupted(context):
            let message = context.codingPath.isEmpty ? "not valid JSON" : context.debugDescription
            return .init(path: path(context.codingPath), message: message)
        @unknown default:
            return .init(path: "", message: "could not be read")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        if type is Int.Type { return "a whole number" }
        if type is Double.Type { return "a number" }
        if type is String.Type { return "a string" }
        if type is Bool.Type { return "true or false" }
        return String(describing: type).hasPrefix("Array") ? "a list" : "an object"
    }
}
