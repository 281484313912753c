import Testing
@testable import StippleCore

@Suite struct HealingJourneyTests {
    private func journey(day: Int, session: String = "2026-11-20", language: Language = .enGB,
                         checkIns: [CheckIn] = []) -> HealingJourney {
        HealingJourney(sessionDate: date(session), day: day, timeZoneID: "Europe/London", checkIns: checkIns,
                       protocol: defaultProtocol, language: language)
    }

    @Test func timelineHasDatesForEveryStage() {
        let j = journey(day: 0)
        #expect(j.timeline.map(\.id) == ["redness", "scabbing", "scabs-fall", "settling", "healed"])
        #expect(j.timeline.map(\.startDate.iso) == ["2026-11-20", "2026-11-23", "2026-11-26", "2026-12-01", "2026-12-12"])
        #expect(j.timeline[3].endDate?.iso == "2026-12-11")
        #expect(j.timeline[4].endDay == nil)
    }

    @Test(arguments: [(0, "redness"), (2, "redness"), (3, "scabbing"), (5, "scabbing"), (6, "scabs-fall"),
                      (10, "scabs-fall"), (11, "settling"), (21, "settling"), (22, "healed"), (-1, "before-session")])
    func stageOfTheDay(day: Int, stage: String) {
        #expect(journey(day: day).today.stageID == stage)
    }

    @Test func todayGivesWhatIsNormalAndWhatToDo() {
        let t = journey(day: 4).today
        #expect(t.date.iso == "2026-11-24")
        #expect(t.normal.contains("Tiny dark scabs over the dots"))
        #expect(t.avoidItems.contains { $0.hasPrefix("Do not pick") })
        #expect(!t.avoidItems.contains { $0.hasPrefix("Keep your scalp dry") }) // washing allowed from day 4
        #expect(t.nextStageTitle == "Scabs fall away")
        #expect(t.nextStageDate?.iso == "2026-11-26")
        #expect(t.nextCheckInDay == 5)
    }

    @Test func aftercareMarksItemsThatCoverPartOfAStage() {
        let scabbing = journey(day: 0).timeline[1]
        #expect(scabbing.avoidItems.contains("Until day 3: Keep your scalp dry: no washing, no shower on your head, no rain. You may wash it gently from day 4."))
        #expect(scabbing.doItems.contains("From day 5: You may shave again: use a foil shaver and go around any scabs."))
    }

    @Test func dutchJourneyIsInDutch() {
        let j = journey(day: 4, language: .nlNL)
        #expect(j.today.stageTitle == "Korstjes")
        #expect(j.timeline[0].title == "Roodheid en zwelling")
    }

    @Test func healedCheckInMovesTheJourneyToHealed() {
        let j = journey(day: 12, checkIns: [CheckIn(day: 11, redness: 0, scabs: false)])
        #expect(j.today.stageID == "healed")
        #expect(j.today.isHealed)
        #expect(j.today.nextStageTitle == nil)
    }

    @Test func aCalmDayOneScalpIsNotHealed() {
        let j = journey(day: 1, checkIns: [CheckIn(day: 1, redness: 0, swelling: 0, scabs: false)])
        #expect(!j.today.isHealed)
        #expect(j.today.stageID == "redness")
        #expect(j.estimate.healedOnDay == nil)
    }

    @Test func checkInsAfterTheDayShownDoNotCount() {
        let j = journey(day: 8, checkIns: [CheckIn(day: 11, redness: 0, scabs: false)])
        #expect(j.estimate.healedOnDay == nil)
        #expect(j.today.stageID == "scabs-fall")
    }

    @Test func journeyFromInstantsUsesTheClinicsCalendar() {
        let j = HealingJourney(sessionAt: instant("2026-11-20T23:30:00Z"), now: instant("2026-11-24T08:00:00Z"),
                               timeZone: amsterdam, protocol: defaultProtocol, language: .nlNL)
        #expect(j.sessionDate.iso == "2026-11-21")
        #expect(j.today.day == 3)
        #expect(j.timeZone == "Europe/Amsterdam")
    }
}
