import Foundation
import Testing

@Suite struct PlanCommandTests {
    @Test func londonClientReadsTheTimelineInEnglish() async {
        let r = await stipple(["plan", "--session-date", "2026-11-20", "--timezone", "Europe/London", "--today", "2026-11-24",
                         "--age", "45", "--zones", "hairline,crown"])
        #expect(r.status == 0)
        #expect(r.output.contains("Healing journey after the session on Fri 20 Nov 2026 (Europe/London)"))
        #expect(r.output.contains("TODAY: day 4, Tue 24 Nov 2026 — Scabbing"))
        #expect(r.output.contains("▶ day 3–5"))
        #expect(r.output.contains("from day 22"))
        #expect(r.output.contains("+0.5 days: larger treated area (×1.04, weak evidence)"))
        #expect(r.output.contains("Do not pick or scratch scabs"))
    }

    @Test func dutchClientReadsItInDutchWithAmsterdamTime() async {
        let r = await stipple(["plan", "--session-date", "2026-11-20", "--timezone", "Europe/Amsterdam", "--today", "2026-11-27",
                         "--language", "nl-NL"])
        #expect(r.status == 0)
        #expect(r.output.contains("Herstelverloop na de sessie van vr 20 nov 2026 (Europe/Amsterdam)"))
        #expect(r.output.contains("VANDAAG: dag 7, vr 27 nov 2026 — Korstjes vallen af"))
        #expect(r.output.contains("PERSOONLIJKE SCHATTING"))
    }

    @Test func todayDefaultsToTheClinicsDateFromTheClock() async {
        // 2026-11-24 23:30 UTC is already the 25th in Amsterdam.
        let now = ISO8601DateFormatter().date(from: "2026-11-24T23:30:00Z")!
        let london = await stipple(["plan", "--session-date", "2026-11-20", "--timezone", "Europe/London"], now: now)
        let amsterdam = await stipple(["plan", "--session-date", "2026-11-20", "--timezone", "Europe/Amsterdam"], now: now)
        #expect(london.output.contains("TODAY: day 4"))
        #expect(amsterdam.output.contains("TODAY: day 5"))
    }

    @Test func jsonHasTheTimelineEstimateAndExplanation() async throws {
        let r = await stipple(["plan", "--session-date", "2026-11-20", "--today", "2026-11-21", "--json", "--age", "70",
                         "--condition", "diabetes", "--condition", "keloid-history"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        let journey = try #require(json["journey"] as? [String: Any])
        let timeline = try #require(journey["timeline"] as? [[String: Any]])
        #expect(timeline.count == 5)
        #expect(timeline[1]["startDate"] as? String == "2026-11-23")
        let estimate = try #require(journey["estimate"] as? [String: Any])
        #expect((estimate["mostLikelyDays"] as? Int).map { $0 > 12 } == true)
        #expect((json["estimateExplanation"] as? [String])?.count == 3)
    }

    @Test func checkInsRefineTheEstimate() async {
        let files = ["c.jsonl": "{\"day\":7,\"scabs\":true,\"redness\":1}\n{\"day\":9,\"scabs\":false,\"redness\":0}\n"]
        let r = await stipple(["plan", "--session-date", "2026-11-20", "--today", "2026-11-30", "--check-ins", "c.jsonl"], files: files)
        #expect(r.status == 0)
        #expect(r.output.contains("Healed, as the check-in of day 9 (Sun 29 Nov 2026) confirmed."))
        #expect(r.output.contains("— Healed"))
    }

    @Test func clinicProtocolFileIsUsed() async {
        let custom = DefaultProtocolJSON.replacing("\"version\": \"2026.1\"", with: "\"version\": \"burscough-3\"")
        let r = await stipple(["plan", "--session-date", "2026-11-20", "--today", "2026-11-21", "--protocol", "p.json"],
                        files: ["p.json": custom])
        #expect(r.status == 0)
        #expect(r.output.contains("Protocol stipple-default burscough-3"))
    }

    @Test func brokenProtocolFileIsRejectedNamingTheField() async {
        let broken = DefaultProtocolJSON.replacing("\"startDay\": 3", with: "\"startDay\": 4")
        let r = await stipple(["plan", "--session-date", "2026-11-20", "--protocol", "p.json"], files: ["p.json": broken])
        #expect(r.status == 2)
        #expect(r.error.contains("stages[1].startDay: must be 3"))
    }

    @Test(arguments: [
        ["plan"],
        ["plan", "--session-date", "2026-02-30"],
        ["plan", "--session-date", "2026-11-20", "--timezone", "Nowhere/City"],
        ["plan", "--session-date", "2026-11-20", "--language", "fr-FR"],
        ["plan", "--session-date", "2026-11-20", "--age", "16"],
        ["plan", "--session-date", "2026-11-20", "--skin-type", "9"],
        ["plan", "--session-date", "2026-11-20", "--zones", "hairline,ears"],
        ["plan", "--session-date", "2026-11-20", "--check-ins", "missing.jsonl"],
        ["plan", "--session-date", "2026-11-20", "--protocol", "missing.json"],
        ["frobnicate"],
    ])
    func badArgumentsExitWithStatus2(arguments: [String]) async {
        let r = await stipple(arguments)
        #expect(r.status == 2)
        #expect(!r.error.isEmpty)
        #expect(r.output.isEmpty)
    }

    @Test func underageClientIsExplained() async {
        let r = await stipple(["plan", "--session-date", "2026-11-20", "--age", "16"])
        #expect(r.error.contains("--age: must be from 18 to 120 (no SMP under 18), got 16"))
    }

    @Test func helpExitsZero() async {
        let r = await stipple(["plan", "--help"])
        #expect(r.status == 0)
        #expect(r.output.contains("--session-date"))
    }
}
