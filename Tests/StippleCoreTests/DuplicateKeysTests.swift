import Foundation
import Testing
@testable import StippleCore

@Suite struct DuplicateKeysTests {
    func first(_ text: String) -> String? { DuplicateKeys.first(in: Data(text.utf8)) }

    @Test func aKeyGivenTwiceIsNamedByItsPath() {
        #expect(first(#"{"day":1,"temperatureC":39.5,"temperatureC":36.5}"#) == "temperatureC")
        #expect(first(#"{"client":{"age":70,"diabetes":true,"age":30}}"#) == "client.age")
        #expect(first(#"{"previous":[{"day":1},{"day":2,"swelling":1,"day":3}]}"#) == "previous[1].day")
        #expect(first(#"[{"a":1},{"b":[{"c":1,"c":2}]}]"#) == "[1].b[0].c")
    }

    @Test func anEscapedSpellingIsTheSameKey() {
        #expect(first(#"{"temperatureC":39.5,"temperature\u0043":36.5}"#) == "temperatureC")
        #expect(first(#"{"a\"b":1,"a\u0022b":2}"#) == "a\"b")
    }

    @Test func keysOfDifferentObjectsAndTextInsideStringsAreNotDuplicates() {
        #expect(first(#"{"a":{"x":1},"b":{"x":1},"c":[{"x":1},{"x":2}]}"#) == nil)
        #expect(first(#"{"note":"\"note\":2, {\"a\":1,\"a\":2}","n":"]}"}"#) == nil)
        #expect(first(#"{"day":1,"temperatureC":38.2}"#) == nil)
        #expect(first("[]") == nil && first("") == nil)
    }

    @Test func checkInsWithADuplicatedKeyAreRefused() {
        #expect(throws: FieldError(field: "temperatureC", message: "is given twice")) {
            try CheckInRequest.parse(Data(#"{"day":1,"temperatureC":39.5,"temperatureC":36.5}"#.utf8))
        }
    }
}
