import Foundation
import Testing
@testable import StippleCore

@Suite struct CheckInRequestTests {
    private func parse(_ json: String) throws(FieldError) -> CheckInRequest {
        try CheckInRequest.parse(Data(json.utf8))
    }

    private func error(_ json: String) -> FieldError? {
        do { _ = try parse(json); return nil } catch { return error }
    }

    @Test func parsesEveryField() throws {
        let r = try parse("""
        {"day":4,"redness":1,"swelling":2,"pain":5,"heat":1,"discharge":"clear","foulSmell":false,
         "temperatureC":37.2,"feelsUnwell":false,"shivering":false,"systemicSymptoms":false,
         "spreadingRedness":false,"swellingNearEyes":false,"breathingDifficulty":false,"scabs":true,
         "scabsPicked":false,"oozing":false,"itchyRaisedDots":false,"blurredDots":false,"plaques":false,
         "washed":true,"sweated":false,"sun":false,"hat":false,"swimming":false,
         "client":{"age":66,"diabetes":true},"previous":[{"day":3,"swelling":1}]}
        """)
        #expect(r.checkIn.day == 4)
        #expect(r.checkIn.discharge == .clear)
        #expect(r.checkIn.temperatureC == 37.2)
        #expect(r.client == RiskProfile(age: 66, diabetes: true))
        #expect(r.previous == [CheckIn(day: 3, swelling: 1)])
    }

    @Test func missingFieldsMeanNotReported() throws {
        let r = try parse(#"{"day":2}"#)
        #expect(r.checkIn == CheckIn(day: 2))
        #expect(r.client == nil)
    }

    @Test func badInputNamesTheField() {
        #expect(error(#"{"redness":1}"#)?.field == "day")
        #expect(error(#"{"day":2,"redness":4}"#) == FieldError(field: "redness", message: "must be from 0 to 3, got 4"))
        #expect(error(#"{"day":2,"pain":11}"#)?.field == "pain")
        #expect(error(#"{"day":2,"pain":"high"}"#) == FieldError(field: "pain", message: "must be a whole number"))
        #expect(error(#"{"day":2,"discharge":"green"}"#)?.message == "must be one of none, clear, bloody, cloudy")
        #expect(error(#"{"day":2,"temperatureC":83}"#)?.field == "temperatureC")
        #expect(error(#"{"day":-1}"#)?.field == "day")
        #expect(error(#"{"day":2,"tempC":39}"#) == FieldError(field: "tempC", message: "is not a known field"))
        #expect(error(#"{"day":2,"client":{"age":"old"}}"#)?.field == "client.age")
        #expect(error(#"{"day":2,"client":{"diabetic":true}}"#)?.field == "client.diabetic")
        #expect(error(#"{"day":4,"previous":[{"day":3,"swelling":5}]}"#)?.field == "previous[0].swelling")
        #expect(error(#"[1,2]"#)?.message == "must be a JSON object")
        #expect(error(#"{"day":"#)?.message == "is not valid JSON")
    }

    @Test func dayMayComeFromTheRequestTime() throws {
        let r = try CheckInRequest.parse(Data(#"{"redness":1}"#.utf8), requireDay: false)
        #expect(r.checkIn.redness == 1)
    }
}
