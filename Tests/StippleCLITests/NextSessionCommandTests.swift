import Foundation
import Testing

@Suite struct NextSessionCommandTests {
    @Test func earliestDateWithoutCheckInsFollowsTheEstimate() async {
        let r = await stipple(["next-session", "--previous", "2026-11-20"])
        #expect(r.status == 0)
        #expect(r.output.hasPrefix("Session 2: earliest Sat 5 Dec 2026 (2026-12-05)."))
    }

    @Test func healedCheckInAllowsTheMinimumGap() async {
        let r = await stipple(["next-session", "--previous", "2026-11-20", "--check-ins", "c.jsonl", "--requested", "2026-11-27"],
                        files: ["c.jsonl": #"{"day":7,"scabs":false,"redness":0}"#])
        #expect(r.status == 0)
        #expect(r.output.contains("earliest Fri 27 Nov 2026"))
        #expect(r.output.contains("2026-11-27 is allowed."))
    }

    @Test func aCalmScalpBeforeTheEarliestHealingDayIsNotHealed() async {
        let r = await stipple(["next-session", "--previous", "2026-11-20", "--check-ins", "c.jsonl", "--requested", "2026-11-27"],
                              files: ["c.jsonl": #"{"day":1,"scabs":false,"redness":0,"swelling":0}"#])
        #expect(r.status == 1)
        #expect(r.output.hasPrefix("Session 2: earliest Sat 5 Dec 2026 (2026-12-05)."))
    }

    @Test func earlyDateIsRefusedWithExitStatus1() async {
        let r = await stipple(["next-session", "--previous", "2026-11-20", "--healed-on", "2026-11-26", "--requested", "2026-11-24"])
        #expect(r.status == 1)
        #expect(r.output.contains("2026-11-24 is refused: the first allowed date is 2026-11-27."))
    }

    @Test func openAlertBlocks() async throws {
        let r = await stipple(["next-session", "--previous", "2026-11-20", "--healed-on", "2026-11-26", "--open-alert", "red", "--json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        #expect(json["blockedBy"] as? String == "red")
        #expect(json["earliestDate"] as? String == "2026-11-27")
    }

    @Test func thirdSessionUsesTheFourWeekRule() async {
        let r = await stipple(["next-session", "--previous", "2026-11-20", "--previous", "2026-12-04", "--healed-on", "2026-12-15",
                         "--language", "nl-NL"])
        #expect(r.output.hasPrefix("Sessie 3: op zijn vroegst vr 1 jan 2027 (2027-01-01)."))
    }

    @Test func withoutAPreviousSessionItIsABadArgument() async {
        #expect(await stipple(["next-session"]).status == 2)
    }
}

@Suite struct ProtocolCommandTests {
    @Test func showPrintsALoadableProtocol() async {
        let shown = await stipple(["protocol", "show"])
        #expect(shown.status == 0)
        let checked = await stipple(["protocol", "check", "p.json"], files: ["p.json": shown.output])
        #expect(checked.status == 0)
        #expect(checked.output.contains("valid (stipple-default 2026.1; 4 stages"))
    }

    @Test func checkNamesEachProblem() async {
        let broken = DefaultProtocolJSON
            .replacing("\"feverC\": 38.0", with: "\"feverC\": 50")
            .replacing("\"startDay\": 6", with: "\"startDay\": 7")
        let r = await stipple(["protocol", "check", "p.json"], files: ["p.json": broken])
        #expect(r.status == 1)
        #expect(r.error.contains("stages[2].startDay: must be 6"))
        #expect(r.error.contains("triage.feverC: must be between 37.0 and 42.0 °C"))
    }
}

/// The real executable: exit statuses and no crash on bad input.
@Suite struct ExecutableTests {
    @Test func triageProcessExitsNonZeroAfterAnsweringGoodLines() async throws {
        let r = try stippleProcess(["triage"], input: "{\"day\":3,\"temperatureC\":38.5}\n{\"day\":\"x\"}\n")
        #expect(r.status == 1)
        #expect(jsonLines(r.output).count == 1)
        #expect(r.error == "line 2: field day: must be a whole number\n")
    }

    @Test func badArgumentsGiveStatus2AndNoStackTrace() async throws {
        let r = try stippleProcess(["plan", "--session-date", "yesterday"])
        #expect(r.status == 2)
        #expect(r.error.hasPrefix("Error: "))
        #expect(!r.error.contains("Fatal error"))
    }

    @Test func planRunsAsAProcess() async throws {
        let r = try stippleProcess(["plan", "--session-date", "2026-11-20", "--today", "2026-11-20"])
        #expect(r.status == 0)
        #expect(r.output.contains("TODAY: day 0"))
    }
}
