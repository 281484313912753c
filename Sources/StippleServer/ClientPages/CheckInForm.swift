import StippleCore
import Vapor

/// The check-in form as posted (urlencoded or multipart), checked field by field: every problem
/// is reported at its field at once, in the clinic's language, and nothing is stored until the
/// whole form is right.
struct CheckInForm {
    /// What the client entered, to show again beside the messages.
    var values: [String: String] = [:]
    var errors: [String: String] = [:]
    var checkIn: CheckIn?

    static func parse(_ values: [String: String], day: Int, questions q: CheckInQuestions) -> CheckInForm {
        var form = CheckInForm(values: values)
        var c = CheckIn(day: day)

        func choice(_ field: String, _ allowed: [String]) -> String? {
            guard let raw = values[field]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
                form.errors[field] = q.chooseOne
                return nil
            }
            guard allowed.contains(raw) else {
                form.errors[field] = q.notAnOption
                return nil
            }
            return raw
        }
        let scale = (0...3).map(String.init)
        c.redness = choice("redness", scale).flatMap(Int.init)
        c.swelling = choice("swelling", scale).flatMap(Int.init)
        c.pain = choice("pain", (0...10).map(String.init)).flatMap(Int.init)
        c.heat = choice("heat", scale).flatMap(Int.init)
        c.discharge = choice("discharge", CheckIn.Discharge.allCases.map(\.rawValue)).flatMap(CheckIn.Discharge.init(rawValue:))

        if let raw = values["temperatureC"]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let t = Double(raw.replacingOccurrences(of: ",", with: ".")), t.isFinite {
                if CheckIn.temperatureRange.contains(t) { c.temperatureC = t } else { form.errors["temperatureC"] = q.temperatureOutOfRange }
            } else {
                form.errors["temperatureC"] = q.temperatureNotANumber
            }
        }

        // The whole questionnaire was in front of the client: a box left empty is a "no".
        func ticked(_ field: String) -> Bool {
            guard let raw = values[field] else { return false }
            return ["on", "true", "1", "yes"].contains(raw.lowercased())
        }
        c.scabs = ticked("scabs"); c.scabsPicked = ticked("scabsPicked"); c.oozing = ticked("oozing")
        c.foulSmell = ticked("foulSmell"); c.spreadingRedness = ticked("spreadingRedness")
        c.swellingNearEyes = ticked("swellingNearEyes"); c.itchyRaisedDots = ticked("itchyRaisedDots")
        c.blurredDots = ticked("blurredDots"); c.plaques = ticked("plaques"); c.feelsUnwell = ticked("feelsUnwell")
        c.shivering = ticked("shivering"); c.systemicSymptoms = ticked("systemicSymptoms")
        c.breathingDifficulty = ticked("breathingDifficulty")
        c.washed = ticked("washed"); c.sweated = ticked("sweated"); c.sun = ticked("sun"); c.hat = ticked("hat")
        c.swimming = ticked("swimming")

        if form.errors.isEmpty { form.checkIn = c }
        return form
    }
}
