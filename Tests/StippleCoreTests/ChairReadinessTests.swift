import StippleCore
import Testing

/// What stands between a booked client and the chair, item by item.
@Suite struct ChairReadinessTests {
    let consents: [ConsentKind: Bool] = [.treatment: true, .healthData: true]

    @Test func aScreenedConsentingCheckedClientIsReady() {
        let clear = ScreeningAssessment.assess(ScreeningAnswers(), age: 40, cleared: [])
        #expect(ChairReadiness.missing(identityChecked: true, assessment: clear, consentsCurrent: consents).isEmpty)
    }

    @Test func eachGapIsNamedOnce() {
        let waiting = ScreeningAssessment.assess(ScreeningAnswers(anticoagulants: true), age: 40, cleared: [])
        #expect(ChairReadiness.missing(identityChecked: false, assessment: waiting, consentsCurrent: [.treatment: true])
                == [.identityCheck, .clearance(.prescriber), .consent(.healthData)])
        #expect(ChairReadiness.missing(identityChecked: true, assessment: nil, consentsCurrent: [:])
                == [.screening, .consent(.treatment), .consent(.healthData)])
        let blocked = ScreeningAssessment.assess(ScreeningAnswers(chemotherapy: true), age: 40, cleared: [])
        #expect(ChairReadiness.missing(identityChecked: true, assessment: blocked, consentsCurrent: consents) == [.contraindication])
    }

    @Test func aClearanceRecordedIsNoLongerMissing() {
        let cleared = ScreeningAssessment.assess(ScreeningAnswers(keloidTendency: true), age: 40, cleared: [.testPatch])
        #expect(ChairReadiness.missing(identityChecked: true, assessment: cleared, consentsCurrent: consents).isEmpty)
    }
}
