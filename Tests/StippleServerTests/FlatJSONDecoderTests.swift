import Foundation
import StippleCore
@testable import StippleStore
import Testing

extension ServerTests {
    /// The store's own JSON read in one pass: the same values as `JSONDecoder`, and anything
    /// unexpected left to it.
    @Suite struct FlatJSONDecoderTests {
        private func both<T: Codable & Equatable>(_ value: T) throws {
            let text = Codecs.json(value)
            let fast = try #require(FlatJSONDecoder.decode(T.self, text), "not read in one pass: \(text)")
            #expect(fast == value)
            #expect(fast == (try JSONDecoder().decode(T.self, from: Data(text.utf8))))
        }

        @Test func everyCheckInAnswerIsRead() throws {
            try both(CheckIn(day: 4))
            try both(CheckIn(
                day: 12, redness: 3, swelling: 0, pain: 10, heat: 2, discharge: .cloudy, foulSmell: true, temperatureC: 38.45,
                feelsUnwell: false, shivering: true, systemicSymptoms: false, spreadingRedness: true, swellingNearEyes: false,
                breathingDifficulty: true, scabs: false, scabsPicked: true, oozing: false, itchyRaisedDots: true,
                blurredDots: false, plaques: true, washed: false, sweated: true, sun: false, hat: true, swimming: false))
            try both(CheckIn(day: -1, temperatureC: 37))
        }

        @Test func screeningAnswersAreRead() throws {
            try both(ScreeningAnswers())
            try both(ScreeningAnswers(bleedingDisorder: true, anticoagulants: true, keloidTendency: true, chemotherapy: true,
                                      allergies: "latex, lidocaïne"))
        }

        @Test func numbersAndWordsAreReadExactly() throws {
            let pairs = try #require(FlatJSONDecoder.pairs(#" { "a" : -12 , "b":1.5e2,"c":true,"d":false,"e":null,"f":"x y"} "#))
            #expect(pairs.map(\.key) == ["a", "b", "c", "d", "e", "f"])
            #expect(pairs.map(\.value) == [.integer(-12), .number(150), .bool(true), .bool(false), .null, .string("x y")])
            #expect(FlatJSONDecoder.pairs("{}")?.isEmpty == true)
        }

        @Test func keysInAnyOrderAreFound() throws {
            // Sorted, as the store writes them (found by halving), and in another order.
            let sorted = #"{"day":3,"pain":4,"redness":1,"scabs":true,"swelling":0}"#
            let shuffled = #"{"swelling":0,"scabs":true,"day":3,"redness":1,"pain":4}"#
            let expected = CheckIn(day: 3, redness: 1, swelling: 0, pain: 4, scabs: true)
            #expect(FlatJSONDecoder.decode(CheckIn.self, sorted) == expected)
            #expect(FlatJSONDecoder.decode(CheckIn.self, shuffled) == expected)
            #expect(FlatJSONDecoder.decode(CheckIn.self, #"{"pain":4}"#) == nil)  // day is required
        }

        @Test func anythingElseIsLeftToJSONDecoder() throws {
            for text in [#"{"a":{"b":1}}"#, #"{"a":[1]}"#, #"{"a":"line\nbreak"}"#, #"{"a":1"#, #"{"a":1} x"#, "[]", "", #"{"a":tru}"#] {
                #expect(FlatJSONDecoder.pairs(text) == nil, "\(text)")
            }
            // An escaped string still decodes, through JSONDecoder.
            let quoted = ScreeningAnswers(allergies: "\"nickel\"\nand latex")
            #expect(Codecs.decode(ScreeningAnswers.self, Codecs.json(quoted)) == quoted)
            // A value of the wrong type fails both ways, as before.
            #expect(Codecs.decode(CheckIn.self, #"{"day":"four"}"#) == nil)
        }
    }
}
