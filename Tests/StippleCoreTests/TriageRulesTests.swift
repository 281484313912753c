import Testing
@testable import StippleCore

/// Each triage rule at its boundary, named after the rule.
@Suite struct TriageRulesTests {
    // MARK: Red

    @Test func feverAt38IsRed() {
        let r = triage(CheckIn(day: 3, temperatureC: 38.0))
        #expect(r.tier == .red)
        #expect(rules(r) == [.fever])
    }

    @Test func temperature37_9WithNothingElseIsGreen() {
        let r = triage(CheckIn(day: 3, temperatureC: 37.9))
        #expect(r.tier == .green)
        #expect(r.findings.isEmpty)
    }

    @Test func feverThresholdIsAClinicSetting() {
        let p = protocolWith { $0.triage.feverC = 38.5 }
        #expect(triage(CheckIn(day: 3, temperatureC: 38.2), protocol: p).tier == .green)
        #expect(triage(CheckIn(day: 3, temperatureC: 38.5), protocol: p).tier == .red)
    }

    @Test func shiveringIsRed() {
        #expect(triage(CheckIn(day: 1, shivering: true)).tier == .red)
        #expect(triage(CheckIn(day: 1, shivering: false)).tier == .green)
    }

    @Test func systemicSymptomsAreRed() {
        #expect(triage(CheckIn(day: 0, systemicSymptoms: true)).tier == .red)
    }

    @Test func breathingDifficultyIsRed() {
        let r = triage(CheckIn(day: 0, breathingDifficulty: true))
        #expect(r.tier == .red)
        #expect(rules(r) == [.breathingDifficulty])
    }

    @Test func rapidlySpreadingRednessIsRed() {
        let before = CheckIn(day: 4, redness: 1)
        let r = triage(CheckIn(day: 5, redness: 3, spreadingRedness: true), previous: [before])
        #expect(r.tier == .red)
        #expect(rules(r).contains(.rapidlySpreadingRedness))
    }

    @Test func rednessSpreadingSlowlyIsNotRed() {
        // A rise of one level, or a rise spread over more than two days, is an infection sign (amber).
        let oneLevel = triage(CheckIn(day: 5, redness: 2, spreadingRedness: true), previous: [CheckIn(day: 4, redness: 1)])
        #expect(oneLevel.tier == .amber)
        let slow = triage(CheckIn(day: 8, redness: 3, spreadingRedness: true), previous: [CheckIn(day: 5, redness: 1)])
        #expect(slow.tier == .amber)
        #expect(!rules(slow).contains(.rapidlySpreadingRedness))
    }

    // MARK: Amber

    @Test func swellingOnDay2IsGreen() {
        let r = triage(CheckIn(day: 2, swelling: 2), previous: [CheckIn(day: 1, swelling: 1)])
        #expect(r.tier == .green)
        #expect(rules(r) == [.expectedForStage])
    }

    @Test func swellingWorseOnDay3IsStillExpected() {
        #expect(triage(CheckIn(day: 3, swelling: 2), previous: [CheckIn(day: 2, swelling: 1)]).tier <= .yellow)
        #expect(!rules(triage(CheckIn(day: 3, swelling: 2), previous: [CheckIn(day: 2, swelling: 1)])).contains(.swellingWorse))
    }

    @Test func swellingWorseAfterDay3IsAmber() {
        let r = triage(CheckIn(day: 4, swelling: 1), previous: [CheckIn(day: 3, swelling: 0)])
        #expect(r.tier == .amber)
        #expect(rules(r) == [.swellingWorse])
    }

    @Test func swellingTheSameAfterDay3IsNotWorse() {
        #expect(triage(CheckIn(day: 4, swelling: 1), previous: [CheckIn(day: 3, swelling: 1)]).tier == .green)
    }

    @Test func swellingNearEyesIsAmberEvenOnDay1() {
        #expect(triage(CheckIn(day: 1, swellingNearEyes: true)).tier == .amber)
        #expect(triage(CheckIn(day: 1, swelling: 3)).tier == .amber)
    }

    @Test func foreheadSwellingInFirstTwoDaysIsNotAnAlert() {
        #expect(triage(CheckIn(day: 0, swelling: 2)).tier == .green)
        #expect(triage(CheckIn(day: 2, swelling: 2)).tier == .green)
    }

    @Test func foreheadSwellingLingeringFromDay3IsYellow() {
        let r = triage(CheckIn(day: 3, swelling: 2))
        #expect(r.tier == .yellow)
        #expect(rules(r) == [.foreheadSwellingLingering])
    }

    // MARK: Infection signs

    @Test func rednessWorseAfterDay3IsAmber() {
        #expect(triage(CheckIn(day: 5, redness: 2), previous: [CheckIn(day: 3, redness: 1)]).tier == .amber)
        #expect(triage(CheckIn(day: 3, redness: 2), previous: [CheckIn(day: 2, redness: 1)]).tier == .green)
    }

    @Test func heatWorseAfterDay3IsAmber() {
        #expect(triage(CheckIn(day: 4, heat: 2), previous: [CheckIn(day: 3, heat: 1)]).tier == .amber)
        #expect(triage(CheckIn(day: 4, heat: 1), previous: [CheckIn(day: 3, heat: 1)]).tier == .green)
    }

    @Test func painWorseAfterDay3IsAmber() {
        // Up a band (3 → 4) or up two points within a band (4 → 6).
        #expect(triage(CheckIn(day: 4, pain: 4), previous: [CheckIn(day: 3, pain: 3)]).tier == .amber)
        #expect(triage(CheckIn(day: 6, pain: 6), previous: [CheckIn(day: 5, pain: 4)]).tier == .amber)
        #expect(triage(CheckIn(day: 6, pain: 5), previous: [CheckIn(day: 5, pain: 4)]).tier == .green)
    }

    @Test func comparisonUsesTheLatestEarlierCheckIn() {
        // Swelling 2 on day 5 is worse than day 4's 1, though not worse than day 1's 3.
        let previous = [CheckIn(day: 4, swelling: 1), CheckIn(day: 1, swelling: 3)]
        #expect(triage(CheckIn(day: 5, swelling: 1), previous: previous).tier == .green)
        #expect(rules(triage(CheckIn(day: 5, redness: 0, swelling: 2), previous: previous)).contains(.swellingWorse))
    }

    @Test func notReportedIsNeverWorse() {
        #expect(triage(CheckIn(day: 5, swelling: 2), previous: [CheckIn(day: 4)]).findings.map(\.rule) != [.swellingWorse])
        #expect(!rules(triage(CheckIn(day: 5), previous: [CheckIn(day: 4, swelling: 1)])).contains(.swellingWorse))
    }

    @Test func scoreRiseOf2AfterDay3IsAmber() {
        let before = CheckIn(day: 4, redness: 1, heat: 0)
        // Redness stays, discharge turns clear (+1) and pain moves up one band (+1): +2.
        let r = triage(CheckIn(day: 5, redness: 1, pain: 2, heat: 0, discharge: .clear), previous: [before])
        #expect(rules(r).contains(.scoreRise))
        #expect(r.tier == .amber)
        let small = triage(CheckIn(day: 5, redness: 1, discharge: .clear), previous: [before])
        #expect(!rules(small).contains(.scoreRise))
    }

    @Test func cloudyDischargeIsAmberAtAnyTime() {
        #expect(triage(CheckIn(day: 1, discharge: .cloudy)).tier == .amber)
        #expect(triage(CheckIn(day: 1, discharge: .clear)).tier == .green)
        #expect(triage(CheckIn(day: 1, discharge: .bloody)).tier == .green)
    }

    @Test func foulSmellIsAmberAtAnyTime() {
        #expect(triage(CheckIn(day: 0, foulSmell: true)).tier == .amber)
    }

    @Test func oozingAfterDay3IsAmber() {
        #expect(triage(CheckIn(day: 3, oozing: true)).tier == .green)
        #expect(triage(CheckIn(day: 4, oozing: true)).tier == .amber)
    }

    @Test func spreadingRednessIsAnInfectionSign() {
        #expect(triage(CheckIn(day: 2, spreadingRedness: true)).tier == .amber)
        #expect(triage(CheckIn(day: 2, redness: 3)).tier == .amber)
        #expect(triage(CheckIn(day: 2, redness: 2)).tier == .green)
    }

    @Test func infectionSignTierIsAClinicSetting() {
        let p = protocolWith { $0.triage.infectionSignTier = .yellow }
        #expect(triage(CheckIn(day: 1, foulSmell: true), protocol: p).tier == .yellow)
    }

    @Test func infectionSignInHigherRiskClientIsAtLeastAmber() {
        let p = protocolWith { $0.triage.infectionSignTier = .yellow }
        for risk in [RiskProfile(age: 65), RiskProfile(diabetes: true), RiskProfile(immunosuppressed: true),
                     RiskProfile(anticoagulants: true)] {
            let r = triage(CheckIn(day: 1, foulSmell: true), risk: risk, protocol: p)
            #expect(r.tier == .amber)
            #expect(rules(r).contains(.higherRiskClient))
        }
        #expect(triage(CheckIn(day: 1, foulSmell: true), risk: RiskProfile(age: 64), protocol: p).tier == .yellow)
    }

    @Test func higherRiskClientWithoutInfectionSignIsNotRaised() {
        let r = triage(CheckIn(day: 2, redness: 1, swelling: 1), risk: RiskProfile(age: 80, diabetes: true))
        #expect(r.tier == .green)
    }

    // MARK: Yellow

    @Test func highScoreAfterDay5IsYellow() {
        let c = { (day: Int) in CheckIn(day: day, redness: 2, swelling: 1, pain: 4, heat: 1) } // score 6
        #expect(triage(c(5)).tier == .green)
        let r = triage(c(6))
        #expect(r.score.total == 6)
        #expect(r.tier == .yellow)
        #expect(rules(r) == [.highScoreAfterFirstDays])
    }

    @Test func scoreOf5AfterDay5IsGreen() {
        let r = triage(CheckIn(day: 7, redness: 2, swelling: 1, pain: 4))
        #expect(r.score.total == 5)
        #expect(r.tier == .green)
    }

    @Test func lingeringScabsFromDay11AreYellow() {
        #expect(triage(CheckIn(day: 10, scabs: true)).tier == .green)
        #expect(triage(CheckIn(day: 11, scabs: true)).tier == .yellow)
        #expect(rules(triage(CheckIn(day: 14, scabs: true))).contains(.lingeringScabs))
    }

    @Test func anySymptomAtDay28IsYellow() {
        #expect(triage(CheckIn(day: 27, redness: 1)).tier == .green)
        #expect(triage(CheckIn(day: 28, redness: 1)).tier == .yellow)
        #expect(triage(CheckIn(day: 28, redness: 0, swelling: 0)).tier == .green)
        #expect(triage(CheckIn(day: 40, scabs: true)).tier == .yellow)
    }

    @Test func itchyRaisedDotsAfterScabbingAreYellow() {
        #expect(triage(CheckIn(day: 10, itchyRaisedDots: true)).tier == .green)
        #expect(triage(CheckIn(day: 11, itchyRaisedDots: true)).tier == .yellow)
        #expect(triage(CheckIn(day: 120, itchyRaisedDots: true)).tier == .yellow)
    }

    @Test func plaquesAreYellowAndNamedForPsoriasis() {
        let r = triage(CheckIn(day: 8, plaques: true), risk: RiskProfile(psoriasis: true))
        #expect(r.tier == .yellow)
        #expect(r.reasons(.enGB, protocol: defaultProtocol).first?.contains("psoriasis") == true)
        #expect(triage(CheckIn(day: 8, plaques: true)).tier == .yellow)
    }

    @Test func blurredDotsAfterDay3AreYellow() {
        #expect(triage(CheckIn(day: 3, blurredDots: true)).tier == .green)
        #expect(triage(CheckIn(day: 4, blurredDots: true)).tier == .yellow)
    }

    @Test func scabsPickedIsYellow() {
        #expect(triage(CheckIn(day: 5, scabsPicked: true)).tier == .yellow)
    }

    // MARK: Green

    @Test func expectedSymptomsNeverRaiseAnAlert() {
        // Day 1: red, tender, swollen to the forehead, clear fluid, warm: all expected.
        let r = triage(CheckIn(day: 1, redness: 2, swelling: 2, pain: 5, heat: 2, discharge: .clear, scabs: false, oozing: true))
        #expect(r.tier == .green)
        #expect(rules(r) == [.expectedForStage])
        // Day 4: scabs, flaking, itching.
        #expect(triage(CheckIn(day: 4, redness: 1, scabs: true)).tier == .green)
    }

    @Test func aftercareNotFollowedIsAdviceNotAnAlert() {
        let r = triage(CheckIn(day: 2, washed: true))
        #expect(r.tier == .green)
        #expect(r.findings.first?.rule == .aftercareNotFollowed)
        #expect(r.findings.first?.detail == ["no-wetting"])
        // Washing is fine from day 4 on.
        #expect(triage(CheckIn(day: 5, washed: true), previous: [CheckIn(day: 4)]).findings.isEmpty)
        // Unless the answer covers days since a check-in inside the window.
        #expect(triage(CheckIn(day: 5, washed: true), previous: [CheckIn(day: 2)]).findings.first?.rule == .aftercareNotFollowed)
    }

    @Test func healedScalpConfirmsHealing() {
        #expect(triage(CheckIn(day: 12, redness: 0, scabs: false)).confirmsHealing)
        #expect(!triage(CheckIn(day: 12, redness: 1, scabs: false)).confirmsHealing)
        #expect(!triage(CheckIn(day: 12, scabs: false)).confirmsHealing) // redness not reported
        #expect(!triage(CheckIn(day: 12, redness: 0, scabs: false, blurredDots: true)).confirmsHealing)
    }

    @Test func noCheckInConfirmsHealingBeforeTheEarliestHealingDay() {
        #expect(defaultProtocol.triage.earliestHealedDay == 7)
        for day in 0...6 {
            let r = triage(CheckIn(day: day, redness: 0, swelling: 0, scabs: false))
            #expect(r.tier == .green)
            #expect(!r.confirmsHealing, "day \(day)")
        }
        #expect(triage(CheckIn(day: 7, redness: 0, scabs: false)).confirmsHealing)
        // The day is a protocol setting.
        var p = defaultProtocol
        p.triage.earliestHealedDay = 10
        #expect(!Triage.assess(CheckIn(day: 9, redness: 0, scabs: false), protocol: p).confirmsHealing)
        #expect(Triage.assess(CheckIn(day: 10, redness: 0, scabs: false), protocol: p).confirmsHealing)
    }

    // MARK: Route of a red result

    @Test func feverShiveringAndFastSpreadingRednessAreUrgentCareNotAnEmergencyCall() {
        #expect(triage(CheckIn(day: 3, temperatureC: 38.5)).route == .urgentCare)
        #expect(triage(CheckIn(day: 3, temperatureC: 38.0)).route == .urgentCare)
        #expect(triage(CheckIn(day: 3, temperatureC: 37.9)).route == nil)
        #expect(triage(CheckIn(day: 3, shivering: true)).route == .urgentCare)
        let spreading = triage(CheckIn(day: 5, redness: 3, spreadingRedness: true), previous: [CheckIn(day: 4, redness: 1)])
        #expect(spreading.tier == .red)
        #expect(spreading.route == .urgentCare)
        // Below red there is no route.
        #expect(triage(CheckIn(day: 5, redness: 3)).route == nil)
    }

    @Test func signsOfSepsisOrASevereReactionAreAnEmergencyEvenWithAFever() {
        #expect(triage(CheckIn(day: 3, systemicSymptoms: true)).route == .emergency)
        #expect(triage(CheckIn(day: 3, breathingDifficulty: true)).route == .emergency)
        let both = triage(CheckIn(day: 3, temperatureC: 39.0, systemicSymptoms: true))
        #expect(both.tier == .red)
        #expect(both.route == .emergency)
    }

    @Test func theActionFollowsTheRoute() {
        let advice = UrgentCareAdvice.forCountry("GB", language: .enGB)
        let fever = triage(CheckIn(day: 3, temperatureC: 38.5))
        let text = fever.action(.enGB, protocol: defaultProtocol, emergencyNumber: "999", urgentCare: advice)
        #expect(text.contains("NHS 111"))
        #expect(!text.hasPrefix("Call 999"))
        let sepsis = triage(CheckIn(day: 3, temperatureC: 38.5, systemicSymptoms: true))
        #expect(sepsis.action(.enGB, protocol: defaultProtocol, emergencyNumber: "999", urgentCare: advice).hasPrefix("Call 999 now"))
        let dutch = fever.action(.nlNL, protocol: defaultProtocol, emergencyNumber: "112",
                                 urgentCare: UrgentCareAdvice.forCountry("NL", language: .nlNL))
        #expect(dutch.contains("huisarts"))
        #expect(dutch.contains("huisartsenpost"))
        #expect(UrgentCareAdvice.forCountry("JE", language: .enGB).contains("GP"))
    }

    // MARK: Output

    @Test func findingsAreOrderedMostSevereFirst() {
        let r = triage(CheckIn(day: 12, temperatureC: 38.4, scabs: true))
        #expect(r.findings.map(\.tier) == [.red, .yellow])
    }

    @Test func anEmergencyActionGivesTheClinicsEmergencyNumberFirst() {
        let r = triage(CheckIn(day: 3, breathingDifficulty: true))
        #expect(r.action(.enGB, protocol: defaultProtocol, emergencyNumber: "999", urgentCare: "").hasPrefix("Call 999 now"))
        #expect(r.action(.nlNL, protocol: defaultProtocol, emergencyNumber: "112", urgentCare: "").hasPrefix("Bel nu 112"))
    }

    @Test func everyRuleHasReasonsInBothLanguages() {
        for rule in TriageRule.allCases {
            let f = TriageFinding(rule, .yellow, day: 5, value: 3, previous: 1, detail: ["no-wetting", "diabetes"])
            let en = TriageText.reason(f, language: .enGB, protocol: defaultProtocol)
            let nl = TriageText.reason(f, language: .nlNL, protocol: defaultProtocol)
            #expect(!en.isEmpty && !nl.isEmpty && en != nl, "\(rule)")
        }
    }
}
