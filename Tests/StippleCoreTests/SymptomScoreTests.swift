import Testing
@testable import StippleCore

@Suite struct SymptomScoreTests {
    @Test(arguments: [(0, 0), (1, 0), (2, 1), (3, 1), (4, 2), (6, 2), (7, 3), (10, 3)])
    func painBands(pain: Int, band: Int) {
        #expect(SymptomScore.painBand(pain) == band)
    }

    @Test func dischargeBands() {
        #expect(SymptomScore.dischargeBand(nil, foulSmell: false) == 0)
        #expect(SymptomScore.dischargeBand(CheckIn.Discharge.none, foulSmell: false) == 0)
        #expect(SymptomScore.dischargeBand(.clear, foulSmell: false) == 1)
        #expect(SymptomScore.dischargeBand(.bloody, foulSmell: false) == 2)
        #expect(SymptomScore.dischargeBand(.cloudy, foulSmell: false) == 3)
        #expect(SymptomScore.dischargeBand(.clear, foulSmell: true) == 3)
    }

    @Test func unwellItem() {
        #expect(SymptomScore(CheckIn(day: 1), feverC: 38).unwell == 0)
        #expect(SymptomScore(CheckIn(day: 1, feelsUnwell: true), feverC: 38).unwell == 2)
        #expect(SymptomScore(CheckIn(day: 1, shivering: true), feverC: 38).unwell == 2)
        #expect(SymptomScore(CheckIn(day: 1, temperatureC: 37.9), feverC: 38).unwell == 0)
        #expect(SymptomScore(CheckIn(day: 1, temperatureC: 38.0), feverC: 38).unwell == 3)
    }

    @Test func totalIsAtMost18() {
        let worst = CheckIn(day: 1, redness: 3, swelling: 3, pain: 10, heat: 3, discharge: .cloudy, temperatureC: 39)
        #expect(SymptomScore(worst, feverC: 38).total == 18)
    }

    @Test func expectedCurvePeaksEarlyAndFallsToTwoByDay10() {
        #expect(SymptomScore.expectedUpperBound(onDay: 1) == SymptomScore.expectedUpperBound(onDay: 2))
        #expect(SymptomScore.expectedUpperBound(onDay: 2) > SymptomScore.expectedUpperBound(onDay: 5))
        #expect(SymptomScore.expectedUpperBound(onDay: 10) == 2)
        #expect(SymptomScore.expectedUpperBound(onDay: 28) == 0)
    }
}
