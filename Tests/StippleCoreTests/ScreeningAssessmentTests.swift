import StippleCore
import Testing

/// Each screening rule at its boundary: what blocks whatever anyone clears, what a clearance
/// lifts, and what is only for the technician to read.
@Suite struct ScreeningAssessmentTests {
    let born = LocalDate(iso: "2008-11-26")!

    @Test func eighteenOnTheDayIsOldEnoughTheDayBeforeIsNot() {
        let dayBefore = AgeCheck.age(born: born, on: LocalDate(iso: "2026-11-25")!)
        let birthday = AgeCheck.age(born: born, on: LocalDate(iso: "2026-11-26")!)
        #expect(dayBefore == 17 && birthday == 18)
        #expect(ScreeningAssessment.assess(ScreeningAnswers(), age: dayBefore, cleared: []).contraindications == [.underAge])
        let adult = ScreeningAssessment.assess(ScreeningAnswers(), age: birthday, cleared: [])
        #expect(adult.contraindications.isEmpty && adult.clearToTreat)
    }

    @Test(arguments: [(ScreeningAnswers(scalpInfectionOrWounds: true), Contraindication.scalpInfectionOrWounds),
                      (ScreeningAnswers(chemotherapy: true), .chemotherapyInProgress)])
    func aContraindicationBlocksAndNoClearanceLiftsIt(answers: ScreeningAnswers, block: Contraindication) {
        let a = ScreeningAssessment.assess(answers, age: 40, cleared: Set(ClearanceKind.allCases))
        #expect(a.contraindications == [block])
        #expect(!a.clearToTreat)
        #expect(ScreeningAssessment.clearancesNeeded(answers).isEmpty)
    }

    @Test(arguments: [(ScreeningAnswers(anticoagulants: true), ClearanceKind.prescriber),
                      (ScreeningAnswers(bleedingDisorder: true), .prescriber),
                      (ScreeningAnswers(isotretinoin: true), .clinicianReview),
                      (ScreeningAnswers(keloidTendency: true), .testPatch)])
    func aWarningWaitsForItsClearanceAndOnlyThatOne(answers: ScreeningAnswers, kind: ClearanceKind) {
        let waiting = ScreeningAssessment.assess(answers, age: 40, cleared: Set(ClearanceKind.allCases).subtracting([kind]))
        #expect(waiting.clearancesMissing == [kind] && !waiting.clearToTreat && waiting.contraindications.isEmpty)
        let cleared = ScreeningAssessment.assess(answers, age: 40, cleared: [kind])
        #expect(cleared.clearToTreat && cleared.clearancesNeeded == [kind])
        // The technician still reads why: a cleared warning stays a notice.
        #expect(!cleared.notices.isEmpty)
    }

    @Test func bloodThinnersAndABleedingDisorderAskForOnePrescribersClearance() {
        let both = ScreeningAnswers(bleedingDisorder: true, anticoagulants: true)
        #expect(ScreeningAssessment.clearancesNeeded(both) == [.prescriber])
        #expect(ScreeningAssessment.assess(both, age: 40, cleared: []).notices == [.bleedingDisorder, .anticoagulants])
    }

    @Test func everythingElseIsANoticeThatNeverBlocks() {
        let answers = ScreeningAnswers(pregnantOrBreastfeeding: true, diabetes: true, scalpPsoriasisOrEczema: true,
                                       immunosuppressantsOrSteroids: true, recentAntibiotics: true, skinCancer: true,
                                       allergies: "latex")
        let a = ScreeningAssessment.assess(answers, age: 40, cleared: [])
        #expect(a.clearToTreat)
        #expect(a.notices == [.pregnantOrBreastfeeding, .skinCancer, .immunosuppressed, .scalpPsoriasisOrEczema, .diabetes,
                              .allergies, .recentAntibiotics])
    }

    @Test func theQuestionnaireAsksEveryAnswerInBothLanguages() {
        let q = ScreeningQuestionnaire.current
        #expect(Set(q.questions.map(\.field)) == Set(ScreeningAnswers.flags.keys))
        for question in q.questions {
            #expect(question.text.values.keys.sorted() == Language.allCases.sorted(), "\(question.field)")
        }
        #expect(q.conditions.map(\.0).sorted { $0.rawValue < $1.rawValue }
                == HairLossCondition.allCases.sorted { $0.rawValue < $1.rawValue })
        #expect(q.frictions.map(\.0) == FrictionRisk.allCases)
        // Nothing in it advises stopping a medicine.
        for question in q.questions { #expect(!question.text.text(.enGB).lowercased().contains("stop")) }
    }
}
