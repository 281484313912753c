
/// The triage rules of the domain brief, one function each, named after the rule. Each returns
/// a finding when it fires. `Triage.assess` runs them all and takes the highest tier.
public enum TriageRules {
    /// Runs every rule in order and appends what fires. Direct calls rather than a list of
    /// closures, so the compiler can inline them and the context is not copied per rule.
    static func evaluate(_ c: TriageContext, into findings: inout [TriageFinding]) {
        func add(_ finding: TriageFinding?) { if let finding { findings.append(finding) } }
        add(fever(c)); add(shivering(c)); add(systemicSymptoms(c)); add(breathingDifficulty(c))
        add(rapidlySpreadingRedness(c))
        add(swellingNearEyesOrFace(c))
        add(spreadingRedness(c)); add(cloudyDischarge(c)); add(foulSmell(c)); add(oozingAfterFirstDays(c))
        add(rednessWorse(c)); add(swellingWorse(c)); add(heatWorse(c)); add(painWorse(c)); add(scoreRise(c))
        add(highScoreAfterFirstDays(c)); add(lingeringScabs(c)); add(lingeringSymptoms(c))
        add(foreheadSwellingLingering(c)); add(itchyRaisedDots(c)); add(plaques(c)); add(blurredDots(c))
        add(scabsPicked(c))
    }

    // MARK: Red (each rule's route, emergency or urgent care, is `TriageRule.route`)

    /// A temperature at or above the fever threshold (default 38.0 °C) at any time.
    public static func fever(_ c: TriageContext) -> TriageFinding? {
        guard let t = c.checkIn.temperatureC, t >= c.settings.feverC else { return nil }
        return TriageFinding(.fever, .red, day: c.day, value: t, previous: c.settings.feverC)
    }

    public static func shivering(_ c: TriageContext) -> TriageFinding? {
        c.checkIn.shivering == true ? TriageFinding(.shivering, .red, day: c.day) : nil
    }

    /// Signs of sepsis: confusion or drowsiness, a fast heartbeat or breathing, pale, blue or
    /// blotchy skin.
    public static func systemicSymptoms(_ c: TriageContext) -> TriageFinding? {
        c.checkIn.systemicSymptoms == true ? TriageFinding(.systemicSymptoms, .red, day: c.day) : nil
    }

    /// Trouble breathing or swollen lips or tongue: a possible severe allergic reaction.
    public static func breathingDifficulty(_ c: TriageContext) -> TriageFinding? {
        c.checkIn.breathingDifficulty == true ? TriageFinding(.breathingDifficulty, .red, day: c.day) : nil
    }

    /// Spreading redness whose extent rose by `rapidSpreadRise` levels or more within
    /// `rapidSpreadWindowDays` of the previous check-in.
    public static func rapidlySpreadingRedness(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.spreadingRedness == true, let now = c.checkIn.redness,
              let prev = c.previous, let before = prev.redness,
              c.day - prev.day <= c.settings.rapidSpreadWindowDays,
              now - before >= c.settings.rapidSpreadRise
        else { return nil }
        return TriageFinding(.rapidlySpreadingRedness, .red, day: c.day, value: Double(now), previous: Double(before))
    }

    // MARK: Amber

    /// Swelling that reaches the eyelids or face goes to same-day care at any time.
    /// Forehead swelling (level 2) is not this rule.
    public static func swellingNearEyesOrFace(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.swellingNearEyes == true || c.checkIn.swelling == 3 else { return nil }
        return TriageFinding(.swellingNearEyesOrFace, .amber, day: c.day)
    }

    // MARK: Infection signs

    /// Redness reported as spreading beyond the treated area, or at the top of the scale
    /// (far beyond the edge, or streaks), at any time.
    public static func spreadingRedness(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.spreadingRedness == true || c.checkIn.redness == 3 else { return nil }
        return TriageFinding(.spreadingRedness, c.settings.infectionSignTier, day: c.day)
    }

    /// Cloudy, yellow or green discharge (pus) at any time.
    public static func cloudyDischarge(_ c: TriageContext) -> TriageFinding? {
        c.checkIn.discharge == .cloudy ? TriageFinding(.cloudyDischarge, c.settings.infectionSignTier, day: c.day) : nil
    }

    public static func foulSmell(_ c: TriageContext) -> TriageFinding? {
        c.checkIn.foulSmell == true ? TriageFinding(.foulSmell, c.settings.infectionSignTier, day: c.day) : nil
    }

    /// Clear fluid is normal in the first days; oozing after them is not.
    public static func oozingAfterFirstDays(_ c: TriageContext) -> TriageFinding? {
        guard c.afterFirstDays, c.checkIn.oozing == true else { return nil }
        return TriageFinding(.oozingAfterFirstDays, c.settings.infectionSignTier, day: c.day)
    }

    public static func rednessWorse(_ c: TriageContext) -> TriageFinding? {
        worse(c, .rednessWorse, c.checkIn.redness, c.previous?.redness)
    }

    public static func swellingWorse(_ c: TriageContext) -> TriageFinding? {
        worse(c, .swellingWorse, c.checkIn.swelling, c.previous?.swelling)
    }

    public static func heatWorse(_ c: TriageContext) -> TriageFinding? {
        worse(c, .heatWorse, c.checkIn.heat, c.previous?.heat)
    }

    /// Pain counts as worse when it moves up a score band (e.g. 3 → 4) or rises by 2 points.
    public static func painWorse(_ c: TriageContext) -> TriageFinding? {
        guard c.afterFirstDays, let now = c.checkIn.pain, let before = c.previous?.pain else { return nil }
        let worse = SymptomScore.painBand(now) > SymptomScore.painBand(before) || now - before >= 2
        guard worse else { return nil }
        return TriageFinding(.painWorse, c.settings.infectionSignTier, day: c.day, value: Double(now), previous: Double(before))
    }

    /// A symptom score that rose by `scoreRiseThreshold` points or more since the previous
    /// check-in, after the first days.
    public static func scoreRise(_ c: TriageContext) -> TriageFinding? {
        guard c.afterFirstDays, let before = c.previousScore?.total,
              c.score.total - before >= c.settings.scoreRiseThreshold
        else { return nil }
        return TriageFinding(.scoreRise, c.settings.infectionSignTier, day: c.day,
                             value: Double(c.score.total), previous: Double(before))
    }

    /// After the first days healing improves; a symptom that is worse than at the previous
    /// check-in is an infection sign.
    private static func worse(_ c: TriageContext, _ rule: TriageRule, _ now: Int?, _ before: Int?) -> TriageFinding? {
        guard c.afterFirstDays, let now, let before, now > before
        else { return nil }
        return TriageFinding(rule, c.settings.infectionSignTier, day: c.day, value: Double(now), previous: Double(before))
    }

    // MARK: Yellow

    /// A score of `scoreReviewThreshold` (default 6) or more after day `scoreReviewAfterDay` (5).
    public static func highScoreAfterFirstDays(_ c: TriageContext) -> TriageFinding? {
        guard c.day > c.settings.scoreReviewAfterDay, c.score.total >= c.settings.scoreReviewThreshold else { return nil }
        return TriageFinding(.highScoreAfterFirstDays, .yellow, day: c.day,
                             value: Double(c.score.total), previous: Double(c.settings.scoreReviewThreshold))
    }

    /// Scabs still present once the stage in which they fall away is over.
    public static func lingeringScabs(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.scabs == true, c.day >= c.settings.lingeringScabsFromDay else { return nil }
        return TriageFinding(.lingeringScabs, .yellow, day: c.day)
    }

    /// Any symptom still present at four weeks (default day 28).
    public static func lingeringSymptoms(_ c: TriageContext) -> TriageFinding? {
        guard c.day >= c.settings.lingeringSymptomsFromDay else { return nil }
        let ci = c.checkIn
        let any = c.score.total > 0 || ci.scabs == true || ci.oozing == true || ci.itchyRaisedDots == true
            || ci.blurredDots == true || ci.plaques == true || ci.spreadingRedness == true
        return any ? TriageFinding(.lingeringSymptoms, .yellow, day: c.day, value: Double(c.score.total)) : nil
    }

    /// Forehead swelling is common in the first days after hairline work; still there later,
    /// the technician should look at it.
    public static func foreheadSwellingLingering(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.swelling == 2, c.day > c.settings.foreheadSwellingExpectedUntilDay else { return nil }
        return TriageFinding(.foreheadSwellingLingering, .yellow, day: c.day)
    }

    /// Itchy or raised dots once scabbing is over: possible allergy or granuloma, which can
    /// appear months later.
    public static func itchyRaisedDots(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.itchyRaisedDots == true, c.day > c.settings.raisedDotsExpectedUntilDay else { return nil }
        return TriageFinding(.itchyRaisedDots, .yellow, day: c.day)
    }

    /// Plaques on the scalp; in a client with psoriasis, a possible flare.
    public static func plaques(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.plaques == true else { return nil }
        return TriageFinding(.plaques, .yellow, day: c.day, detail: c.risk.psoriasis ? ["psoriasis"] : [])
    }

    /// Dots blurring or a blue tint (pigment migration), once early swelling has gone down.
    public static func blurredDots(_ c: TriageContext) -> TriageFinding? {
        guard c.checkIn.blurredDots == true, c.day > c.settings.blurredDotsExpectedUntilDay else { return nil }
        return TriageFinding(.blurredDots, .yellow, day: c.day)
    }

    /// Picked scabs can leave scars or gaps in the colour; the technician checks at follow-up.
    public static func scabsPicked(_ c: TriageContext) -> TriageFinding? {
        c.checkIn.scabsPicked == true ? TriageFinding(.scabsPicked, .yellow, day: c.day) : nil
    }

    // MARK: Green advice

    /// An aftercare answer that breaks an instruction active since the previous check-in.
    public static func aftercareNotFollowed(_ c: TriageContext, into findings: inout [TriageFinding]) {
        let ci = c.checkIn
        guard ci.washed == true || ci.sweated == true || ci.sun == true || ci.hat == true || ci.swimming == true
        else { return }
        let from = min(c.previous.map { $0.day + 1 } ?? 0, c.day)
        for item in c.aftercare {
            guard let answer = item.breachedBy, ci.answer(answer) == true, item.overlaps(from...c.day) else { continue }
            findings.append(TriageFinding(.aftercareNotFollowed, .green, day: c.day, detail: [item.id]))
        }
    }
}
