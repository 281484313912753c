import Testing
@testable import StippleCore

@Suite struct HealingEstimateTests {
    private func estimate(_ f: ClientFactors = ClientFactors(), checkIns: [CheckIn] = []) -> HealingEstimate {
        HealingEstimator.estimate(f, checkIns: checkIns, protocol: defaultProtocol)
    }

    @Test func typicalClientHealsInAboutTwelveDays() {
        let e = estimate()
        #expect((e.lowerDays, e.mostLikelyDays, e.upperDays) == (10, 12, 15))
        #expect(e.contributions.isEmpty)
        #expect(e.tableVersion == HealingFactorTable.version)
    }

    @Test func everyFactorHasOneRowInTheTable() {
        for factor in HealingFactor.allCases {
            #expect(HealingFactorTable.effects.filter { $0.factor == factor }.count == 1, "\(factor)")
        }
    }

    @Test func strongFactorsWeighMoreThanWeakOnes() {
        let strong = HealingFactorTable.effects.filter { $0.evidence == .strong }.map(\.multiplier)
        let weak = HealingFactorTable.effects.filter { $0.evidence == .weak }.map(\.multiplier)
        #expect(strong.min()! > weak.max()!)
    }

    @Test func age65IsTheBoundary() {
        #expect(estimate(ClientFactors(age: 64)).contributions.isEmpty)
        let e = estimate(ClientFactors(age: 65))
        #expect(e.contributions.map(\.factor) == [.age65Plus])
        #expect(e.mostLikelyDays == 15)
    }

    @Test func maleSexCountsOnlyFrom50() {
        #expect(estimate(ClientFactors(age: 49, sex: .male)).contributions.isEmpty)
        #expect(estimate(ClientFactors(age: 50, sex: .male)).contributions.map(\.factor) == [.olderMale])
        #expect(estimate(ClientFactors(age: 70, sex: .female)).contributions.map(\.factor) == [.age65Plus])
    }

    @Test func contributionsExplainTheDifference() {
        let f = ClientFactors(age: 70, sex: .male, skinType: 6, oilySkin: true, zones: [.hairline, .crown, .temples],
                              needleDepth: .deep, friction: [.helmet], conditions: [.diabetes], anticoagulants: true)
        let e = estimate(f)
        let added = e.contributions.map(\.days).reduce(0, +)
        let exact = HealingFactorTable.baseMostLikelyDays * e.contributions.map(\.multiplier).reduce(1, *)
        #expect(abs(HealingFactorTable.baseMostLikelyDays + added - exact) < 0.5)
        #expect(e.mostLikelyDays == Int(exact.rounded()))
        #expect(e.contributions.first { $0.factor == .largerArea }?.count == 2)
        #expect(e.lowerDays < e.mostLikelyDays && e.mostLikelyDays < e.upperDays)
    }

    @Test func moreUncertainClientsGetAWiderRange() {
        let typical = estimate()
        let risky = estimate(ClientFactors(conditions: [.diabetes, .immunosuppression]))
        let typicalRatio = Double(typical.upperDays) / Double(typical.lowerDays)
        let riskyRatio = Double(risky.upperDays) / Double(risky.lowerDays)
        #expect(riskyRatio > typicalRatio)
    }

    @Test func shallowNeedleShortensButNeverBelowAWeek() {
        let e = estimate(ClientFactors(needleDepth: .shallow, sessionNumber: 2))
        #expect(e.mostLikelyDays < 12)
        #expect(e.lowerDays >= HealingFactorTable.minimumDays)
        #expect(e.contributions.allSatisfy { $0.days < 0 })
    }

    @Test func checkInShowingHealedScalpEndsTheJourneyThatDay() {
        let e = estimate(checkIns: [CheckIn(day: 7, redness: 1, scabs: true), CheckIn(day: 9, redness: 0, scabs: false)])
        #expect(e.healedOnDay == 9)
        #expect((e.lowerDays, e.mostLikelyDays, e.upperDays) == (9, 9, 9))
    }

    @Test func laterCheckInWithRednessUndoesHealing() {
        let e = estimate(checkIns: [CheckIn(day: 9, redness: 0, scabs: false), CheckIn(day: 10, redness: 2, spreadingRedness: true)])
        #expect(e.healedOnDay == nil)
    }

    @Test func scabsStillPresentPushTheRangeLater() {
        let e = estimate(checkIns: [CheckIn(day: 14, redness: 1, scabs: true)])
        #expect(e.stillHealingOnDay == 14)
        #expect(e.lowerDays == 15)
        #expect(e.mostLikelyDays >= 15)
        #expect(e.upperDays >= e.mostLikelyDays)
    }

    @Test func aftercareLapsesAndPickingSlowHealing() {
        let checkIns = [CheckIn(day: 2, washed: true, sweated: true), CheckIn(day: 5, scabsPicked: true, sweated: true)]
        let e = estimate(checkIns: checkIns)
        let lapses = e.contributions.first { $0.factor == .aftercareLapses }
        #expect(lapses?.count == 2) // washing and sweating, each counted once
        #expect(e.contributions.contains { $0.factor == .scabsPicked })
        #expect(e.mostLikelyDays > 12)
    }

    @Test func explanationReadsInBothLanguages() {
        let e = estimate(ClientFactors(age: 70))
        #expect(EstimateText.contributions(e, .enGB) == ["+3.0 days: aged 65 or over (×1.25, strong evidence)"])
        #expect(EstimateText.contributions(e, .nlNL) == ["+3,0 dagen: 65 jaar of ouder (×1,25, sterk bewijs)"])
    }

    @Test func factorsAreValidated() {
        #expect(throws: FieldError(field: "age", message: "must be from 18 to 120 (no SMP under 18), got 17")) {
            try ClientFactors(age: 17).validate()
        }
        #expect(throws: FieldError.self) { try ClientFactors(skinType: 7).validate() }
        #expect(throws: FieldError.self) { try ClientFactors(sessionNumber: 0).validate() }
    }
}
