import Foundation
import Testing
import StippleCore

let DefaultProtocolJSON = DefaultProtocol.json

@Suite struct TriageCommandTests {
    @Test func classifiesEachLine() async {
        let input = """
        {"day":2,"swelling":2,"redness":1,"pain":3}
        {"day":4,"swelling":2,"previous":[{"day":3,"swelling":1}]}
        {"day":3,"temperatureC":38.5}
        {"day":3,"temperatureC":37.9}
        {"day":12,"scabs":true}
        {"day":3,"temperatureC":38.5,"systemicSymptoms":true}
        """
        let r = await stipple(["triage"], input: input)
        #expect(r.status == 0)
        #expect(r.error.isEmpty)
        let lines = jsonLines(r.output)
        #expect(lines.map { $0["tier"] as? String } == ["green", "amber", "red", "green", "yellow", "red"])
        #expect(lines.map { $0["line"] as? Int } == [1, 2, 3, 4, 5, 6])
        #expect(lines[0]["score"] as? Int == 4)
        // A fever alone: urgent care today, not 999.
        #expect(lines[2]["route"] as? String == "urgentCare")
        #expect((lines[2]["action"] as? String)?.contains("Call NHS 111 or ask your GP") == true)
        #expect((lines[2]["action"] as? String)?.hasPrefix("Call 999") == false)
        // Confusion with it: call 999.
        #expect(lines[5]["route"] as? String == "emergency")
        #expect((lines[5]["action"] as? String)?.hasPrefix("Call 999 now") == true)
        #expect(lines[0]["route"] == nil)
        #expect((lines[2]["reasons"] as? [String]) == ["A temperature of 38.5 °C is a fever (from 38 °C)."])
    }

    @Test func dutchClinicSendsAFeverToTheHuisartsAndAnEmergencyTo112() async {
        let r = await stipple(["triage", "--country", "NL", "--language", "nl-NL"], input: """
            {"day":2,"temperatureC":38.5}
            {"day":2,"temperatureC":38.5,"breathingDifficulty":true}
            """)
        let lines = jsonLines(r.output)
        #expect(lines[0]["tier"] as? String == "red")
        #expect((lines[0]["action"] as? String)?.contains("huisartsenpost") == true)
        #expect((lines[1]["action"] as? String)?.hasPrefix("Bel nu 112") == true)
    }

    @Test func aClinicsOwnUrgentCareAdviceIsGiven() async {
        let r = await stipple(["triage", "--urgent-care", "Call NHS 24 on 111."], input: #"{"day":2,"shivering":true}"#)
        #expect((jsonLines(r.output)[0]["action"] as? String)?.contains("Call NHS 24 on 111.") == true)
    }

    @Test func higherRiskClientObjectRaisesInfectionSigns() async {
        let input = #"{"day":1,"foulSmell":true,"client":{"age":70,"anticoagulants":true}}"#
        let line = jsonLines(await stipple(["triage"], input: input).output)[0]
        let rules = (line["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
        #expect(rules == ["foulSmell", "higherRiskClient"])
    }

    @Test func malformedLinesAreReportedAndTheOthersStillAnswered() async {
        let input = """
        {"day":2}
        {"day":3,"redness":9}
        not json

        {"day":3,"tempC":39}
        {"day":5}
        """
        let r = await stipple(["triage"], input: input)
        #expect(r.status == 1)
        #expect(jsonLines(r.output).map { $0["line"] as? Int } == [1, 6])
        #expect(r.error == """
        line 2: field redness: must be from 0 to 3, got 9
        line 3: is not valid JSON
        line 5: field tempC: is not a known field

        """)
    }

    @Test func emptyInputAnswersNothing() async {
        let r = await stipple(["triage"], input: "")
        #expect(r.status == 0)
        #expect(r.output.isEmpty)
    }
}
