import Testing
@testable import StippleCore

@Suite struct SessionSpacingTests {
    private func next(_ sessions: [String], healedOn: String? = nil, estimate: String = "2026-12-05",
                      openAlert: TriageTier? = nil, requested: String? = nil) -> SpacingDecision {
        SessionSpacing.next(previousSessions: sessions.map(date), healedOn: healedOn.map(date),
                            estimatedHealedBy: date(estimate), openAlert: openAlert,
                            requested: requested.map(date), protocol: defaultProtocol)
    }

    @Test func secondSessionAtLeastSevenDaysAfterTheFirstOnAHealedScalp() {
        let d = next(["2026-11-20"], healedOn: "2026-11-26")
        #expect(d.sessionNumber == 2)
        #expect(d.earliestDate.iso == "2026-11-27")
        #expect(d.recommendedFrom.iso == "2026-11-30")
        #expect(d.recommendedTo.iso == "2026-12-04")
    }

    @Test func unconfirmedHealingWaitsForTheEstimatesUpperBound() {
        let d = next(["2026-11-20"], estimate: "2026-12-05")
        #expect(d.earliestDate.iso == "2026-12-05")
        #expect(d.reasons.contains(.awaitingHealing(date: date("2026-12-05"))))
    }

    @Test func thirdSessionAboutFourWeeksAfterTheSecond() {
        let d = next(["2026-11-20", "2026-12-04"], healedOn: "2026-12-15")
        #expect(d.sessionNumber == 3)
        #expect(d.earliestDate.iso == "2027-01-01")
    }

    @Test func touchUpFourToSixWeeksAfterTheLast() {
        let d = next(["2026-09-01", "2026-09-15", "2026-10-15"], healedOn: "2026-10-27")
        #expect(d.sessionNumber == 4)
        #expect(d.earliestDate.iso == "2026-11-12")
        #expect(d.recommendedTo.iso == "2026-11-26")
    }

    @Test func dayBeforeTheEarliestIsRefusedWithTheFirstAllowedDate() {
        let refused = next(["2026-11-20"], healedOn: "2026-11-26", requested: "2026-11-26")
        #expect(refused.requestAllowed == false)
        #expect(refused.explanation(.enGB, protocol: defaultProtocol).last == "2026-11-26 is refused: the first allowed date is 2026-11-27.")
        #expect(next(["2026-11-20"], healedOn: "2026-11-26", requested: "2026-11-27").requestAllowed == true)
    }

    @Test func openAmberOrRedAlertBlocksBooking() {
        for tier in [TriageTier.amber, .red] {
            let d = next(["2026-11-20"], healedOn: "2026-11-26", openAlert: tier, requested: "2026-12-20")
            #expect(d.blockedBy == tier)
            #expect(d.requestAllowed == false)
        }
        #expect(next(["2026-11-20"], healedOn: "2026-11-26", openAlert: .yellow, requested: "2026-12-20").requestAllowed == true)
    }

    @Test func journeyVersionUsesCheckInsThenTheEstimate() {
        let healed = HealingJourney(sessionDate: date("2026-11-20"), day: 12, timeZoneID: "Europe/London",
                                    checkIns: [CheckIn(day: 9, redness: 0, scabs: false)],
                                    protocol: defaultProtocol, language: .enGB)
        #expect(SessionSpacing.next(previousSessions: [date("2026-11-20")], journey: healed,
                                    protocol: defaultProtocol).earliestDate.iso == "2026-11-29")
        // A calm scalp on day 1 does not move the next session earlier: a day-7 booking waits
        // for the estimate.
        let dayOne = HealingJourney(sessionDate: date("2026-11-20"), day: 1, timeZoneID: "Europe/London",
                                    checkIns: [CheckIn(day: 1, redness: 0, swelling: 0, scabs: false)],
                                    protocol: defaultProtocol, language: .enGB)
        let early = SessionSpacing.next(previousSessions: [date("2026-11-20")], journey: dayOne,
                                        requested: date("2026-11-27"), protocol: defaultProtocol)
        #expect(early.earliestDate.iso == "2026-12-05")
        #expect(early.requestAllowed == false)
        let unknown = HealingJourney(sessionDate: date("2026-11-20"), day: 3, timeZoneID: "Europe/London",
                                     protocol: defaultProtocol, language: .enGB)
        #expect(SessionSpacing.next(previousSessions: [date("2026-11-20")], journey: unknown,
                                    protocol: defaultProtocol).earliestDate.iso == "2026-12-05")
    }
}
