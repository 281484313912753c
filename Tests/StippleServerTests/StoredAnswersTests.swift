import Foundation
import StippleCore
@testable import StippleStore
import Testing

extension ServerTests {
    /// The store's own JSON read in one pass: the same values as `JSONDecoder`, and anything
    /// unexpected left to it.
    @Suite struct StoredAnswersTests {
        private func both<T: Codable & Equatable>(_ value: T, _ read: (String) -> T?) throws {
            let text = Codecs.json(value)
            let fast = try #require(read(text), "not read in one pass: \(text)")
            #expect(fast == value)
            #expect(fast == (try JSONDecoder().decode(T.self, from: Data(text.utf8))))
        }

        private func both(_ value: CheckIn) throws { try both(value, StoredAnswers.readCheckIn) }
        private func both(_ value: ScreeningAnswers) throws { try both(value, StoredAnswers.readScreening) }

        @Test func everyCheckInAnswerIsRead() throws {
            try both(CheckIn(day: 4))
            let full = CheckIn(
                day: 12, redness: 3, swelling: 0, pain: 10, heat: 2, discharge: .cloudy, foulSmell: true, temperatureC: 38.45,
                feelsUnwell: false, shivering: true, systemicSymptoms: false, spreadingRedness: true, swellingNearEyes: false,
                breathingDifficulty: true, scabs: false, scabsPicked: true, oozing: false, itchyRaisedDots: true,
                blurredDots: false, plaques: true, washed: false, sweated: true, sun: false, hat: true, swimming: false)
            // Every property is set above, so a field added to the engine shows up here.
            #expect(FlatJSONDecoder.pairs(Codecs.json(full))?.count == Mirror(reflecting: full).children.count)
            // The reader's keys are the stored ones, in the stored order.
            #expect(FlatJSONDecoder.pairs(Codecs.json(full))?.map(\.key) == CheckInKey.allCases.map { "\($0)" })
            try both(full)
            try both(CheckIn(day: -1, temperatureC: 37))
        }

        @Test func screeningAnswersAreRead() throws {
            try both(ScreeningAnswers())
            try both(ScreeningAnswers(bleedingDisorder: true, anticoagulants: true, keloidTendency: true, chemotherapy: true,
                                      allergies: "latex, lidocaïne"))
            let full = ScreeningAnswers(
                bleedingDisorder: true, anticoagulants: true, pregnantOrBreastfeeding: true, keloidTendency: true, diabetes: true,
                isotretinoin: true, scalpPsoriasisOrEczema: true, immunosuppressantsOrSteroids: true, recentAntibiotics: true,
                skinCancer: true, chemotherapy: true, allergies: "nuts")
            #expect(FlatJSONDecoder.pairs(Codecs.json(full))?.count == Mirror(reflecting: full).children.count)
            #expect(FlatJSONDecoder.pairs(Codecs.json(full))?.map(\.key) == ScreeningKey.allCases.map { "\($0)" })
            try both(full)
        }

        @Test func numbersAndWordsAreReadExactly() throws {
            let pairs = try #require(FlatJSONDecoder.pairs(#" { "a" : -12 , "b":1.5e2,"c":true,"d":false,"e":null,"f":"x y"} "#))
            #expect(pairs.map(\.key) == ["a", "b", "c", "d", "e", "f"])
            #expect(pairs.map(\.value) == [.integer(-12), .number(150), .bool(true), .bool(false), .null, .string("x y")])
            #expect(FlatJSONDecoder.pairs("{}")?.isEmpty == true)
        }

        @Test func keysInAnyOrderAreFound() throws {
            // Sorted, as the store writes them (each the next pair), and in another order.
            let sorted = #"{"day":3,"pain":4,"redness":1,"scabs":true,"swelling":0}"#
            let shuffled = #"{"swelling":0,"scabs":true,"day":3,"redness":1,"pain":4}"#
            let expected = CheckIn(day: 3, redness: 1, swelling: 0, pain: 4, scabs: true)
            #expect(StoredAnswers.readCheckIn(sorted) == expected)
            #expect(StoredAnswers.readCheckIn(shuffled) == expected)
            #expect(StoredAnswers.readCheckIn(#"{"pain":4}"#) == nil)  // day is required
            #expect(throws: StoredDataError(table: "check_ins", column: "answers")) { try StoredAnswers.checkIn(#"{"pain":4}"#) }
        }

        @Test func anythingElseIsLeftToJSONDecoder() throws {
            for text in [#"{"a":{"b":1}}"#, #"{"a":[1]}"#, #"{"a":"line\nbreak"}"#, #"{"a":1"#, #"{"a":1} x"#, "[]", "", #"{"a":tru}"#] {
                #expect(FlatJSONDecoder.pairs(text) == nil, "\(text)")
            }
            // An escaped string still decodes, through JSONDecoder.
            let quoted = ScreeningAnswers(allergies: "\"nickel\"\nand latex")
            #expect(try StoredAnswers.screening(Codecs.json(quoted)) == quoted)
            // A value of the wrong type fails both ways, as before.
            #expect(throws: StoredDataError.self) { try StoredAnswers.checkIn(#"{"day":"four"}"#) }
            // A key this reader does not know (a field added later) and a number where it expects
            // a whole one are left to JSONDecoder, which reads what it can.
            #expect(StoredAnswers.readCheckIn(#"{"day":3,"mood":"fine"}"#) == nil)
            #expect(try StoredAnswers.checkIn(#"{"day":3,"mood":"fine"}"#) == CheckIn(day: 3))
            #expect(StoredAnswers.readCheckIn(#"{"day":3.0}"#) == nil)
            #expect(StoredAnswers.readCheckIn(#"{"day":3,"discharge":"green"}"#) == nil)
            #expect(throws: StoredDataError.self) { try StoredAnswers.checkIn(#"{"day":3,"discharge":"green"}"#) }
            #expect(StoredAnswers.readCheckIn(#"{"day":3,"day":4}"#) == nil)
            // Screening flags left out are noes, as the engine's decoder has them.
            #expect(StoredAnswers.readScreening(#"{"diabetes":true}"#) == ScreeningAnswers(diabetes: true))
        }
    }
}
