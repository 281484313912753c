import Foundation
import Testing
@testable import StippleCore

@Suite struct AftercareProtocolTests {
    @Test func defaultProtocolLoadsInBothLanguages() throws {
        let p = try AftercareProtocol.load(json: Data(DefaultProtocol.json.utf8))
        #expect(p.languages == [.enGB, .nlNL])
        #expect(p.stages.map(\.startDay) == [0, 3, 6, 11])
        #expect(p.stages.map(\.endDay) == [2, 5, 10, 21])
        #expect(p.checkInDays == [1, 2, 3, 5, 7, 10, 14, 21, 28])
        for item in p.aftercare {
            #expect(!item.text(.enGB).contains("{"), "placeholder left in \(item.id)")
            #expect(!item.text(.nlNL).contains("{"), "placeholder left in \(item.id)")
        }
    }

    @Test func exportedProtocolLoadsBackUnchanged() throws {
        let p = defaultProtocol
        #expect(try AftercareProtocol.load(json: p.json()) == p)
    }

    @Test func stageOfEachDay() {
        let p = defaultProtocol
        #expect(p.stageIndex(onDay: 0) == 0)
        #expect(p.stageIndex(onDay: 2) == 0)
        #expect(p.stageIndex(onDay: 3) == 1)
        #expect(p.stageIndex(onDay: 5) == 1)
        #expect(p.stageIndex(onDay: 6) == 2)
        #expect(p.stageIndex(onDay: 10) == 2)
        #expect(p.stageIndex(onDay: 11) == 3)
        #expect(p.stageIndex(onDay: 21) == 3)
        #expect(p.stageIndex(onDay: 22) == nil)
    }

    @Test func spacingRuleForEachSession() {
        let p = defaultProtocol
        #expect(p.spacingRule(forSession: 2)?.minDays == 7)
        #expect(p.spacingRule(forSession: 3)?.minDays == 28)
        #expect(p.spacingRule(forSession: 4)?.recommendedToDays == 42)
        #expect(p.spacingRule(forSession: 7)?.toSession == 4)
    }

    /// Edits the default protocol's JSON and returns the problems it is rejected with.
    private func problems(_ edit: (inout [String: Any]) -> Void) -> [String] {
        var object = try! JSONSerialization.jsonObject(with: Data(DefaultProtocol.json.utf8)) as! [String: Any]
        edit(&object)
        let data = try! JSONSerialization.data(withJSONObject: object)
        do {
            _ = try AftercareProtocol.load(json: data)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func gapBetweenStagesIsRejectedNamingTheStage() {
        let found = problems { o in
            var stages = o["stages"] as! [[String: Any]]
            stages[1]["startDay"] = 4
            o["stages"] = stages
        }
        #expect(found.contains { $0.hasPrefix("stages[1].startDay:") })
    }

    @Test func missingTranslationIsRejectedNamingTheLanguage() {
        let found = problems { o in
            var stages = o["stages"] as! [[String: Any]]
            stages[2]["title"] = ["en-GB": "Scabs fall away"]
            o["stages"] = stages
        }
        #expect(found == ["stages[2].title.nl-NL: is missing"])
    }

    @Test func wrongTypeIsRejectedNamingThePath() {
        let found = problems { o in
            var items = o["aftercare"] as! [[String: Any]]
            items[3]["untilDay"] = "fourteen"
            o["aftercare"] = items
        }
        #expect(found == ["aftercare[3].untilDay: must be a whole number"])
    }

    @Test func missingFieldIsRejectedNamingIt() {
        let found = problems { o in
            var triage = o["triage"] as! [String: Any]
            triage.removeValue(forKey: "feverC")
            o["triage"] = triage
        }
        #expect(found == ["triage.feverC: is missing"])
    }

    @Test func unknownPlaceholderIsRejected() {
        let found = problems { o in
            var items = o["aftercare"] as! [[String: Any]]
            items[1]["text"] = ["en-GB": "Dry until {dday}", "nl-NL": "Droog tot {untilDay}"]
            o["aftercare"] = items
        }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("aftercare[1].text.en-GB: unknown placeholder {dday}") == true)
    }

    @Test func redActionWithoutEmergencyNumberIsRejected() {
        let found = problems { o in
            var messages = o["messages"] as! [String: Any]
            var actions = messages["actions"] as! [String: Any]
            actions["red"] = ["en-GB": "Call your GP.", "nl-NL": "Bel {emergencyNumber}."]
            messages["actions"] = actions
            o["messages"] = messages
        }
        #expect(found == ["messages.actions.red.en-GB: must tell the client {emergencyNumber}"])
    }

    @Test func feverThresholdOutOfRangeIsRejected() {
        let found = problems { o in
            var triage = o["triage"] as! [String: Any]
            triage["feverC"] = 36.5
            o["triage"] = triage
        }
        #expect(found == ["triage.feverC: must be between 37.0 and 42.0 °C"])
    }

    @Test func unknownLanguageIsRejected() {
        let found = problems { o in o["languages"] = ["en-GB", "fr-FR"] }
        #expect(found.first?.hasPrefix("languages[1]") == true)
    }

    @Test func checkInDaysOutOfOrderAreRejected() {
        let found = problems { o in o["checkInDays"] = [1, 3, 2] }
        #expect(found == ["checkInDays: days must be in increasing order without repeats"])
    }

    @Test func spacingBelowMinimumIsRejected() {
        let found = problems { o in
            var spacing = o["spacing"] as! [[String: Any]]
            spacing[0]["recommendedFromDays"] = 5
            o["spacing"] = spacing
        }
        #expect(found == ["spacing[0].recommendedFromDays: must not be below minDays (7)"])
    }

    @Test func notJSONIsRejected() {
        #expect(throws: ProtocolError.self) { try AftercareProtocol.load(json: Data("stages: []".utf8)) }
    }
}
