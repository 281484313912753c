import Foundation
import StippleCore
import StippleStore

/// The clinic settings page's fields as typed, read into the API's `ClinicSettingsInput` so one
/// set of rules decides. A weekday has up to two periods (a lunch break); an empty pair is closed.
struct ClinicSettingsForm {
    var values: [String: String] = [:]
    var problem: String?
    var field: String?

    static let periods = 2

    static func name(_ day: OpeningHours.Weekday, _ period: Int, _ end: String) -> String { "\(day.rawValue)-\(period)-\(end)" }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The form filled with what the clinic holds.
    init(_ s: ClinicSettings) {
        values = ["emergencyNumber": s.emergencyNumber, "urgentCareAdvice": s.urgentCareAdvice, "protocolVersion": s.protocolVersion,
                  "phone": s.phone ?? "", "email": s.email ?? "",
                  "sendHour": "\(s.reminders.sendHour)", "missedHour": "\(s.reminders.missedHour)",
                  "quietFrom": "\(s.reminders.quietFrom)", "quietUntil": "\(s.reminders.quietUntil)",
                  "redMinutes": "\(s.alertTargets.redMinutes)", "amberHours": s.alertTargets.amberHours.map(String.init) ?? "",
                  "yellowDays": s.alertTargets.yellowDays.map(String.init) ?? ""]
        for day in OpeningHours.Weekday.allCases {
            for (i, interval) in s.openingHours.hours(day).prefix(Self.periods).enumerated() {
                values[Self.name(day, i + 1, "opens")] = OpeningHours.clock(interval.opens)
                values[Self.name(day, i + 1, "closes")] = OpeningHours.clock(interval.closes)
            }
        }
    }

    init(posted: [String: String]) {
        values = posted
    }

    /// The settings as the API would take them; an `APIError` names the field at fault.
    func input() throws -> ClinicSettingsInput {
        func hour(_ name: String) throws -> Int {
            guard let n = Int(self[name]) else { throw APIError.invalid("reminders.\(name)", "Choose an hour.") }
            return n
        }
        func optional(_ name: String, _ field: String) throws -> Int? {
            let text = self[name].trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let n = Int(text) else { throw APIError.invalid(field, "Give a whole number, or leave it empty.") }
            return n
        }
        guard let red = Int(self["redMinutes"].trimmingCharacters(in: .whitespaces)) else {
            throw APIError.invalid("alertTargets.redMinutes", "Give the minutes for a red alert (0 is at once).")
        }
        var days: [OpeningHours.Weekday: [OpeningHours.Interval]] = [:]
        for day in OpeningHours.Weekday.allCases {
            for period in 1...Self.periods {
                let opens = self[Self.name(day, period, "opens")], closes = self[Self.name(day, period, "closes")]
                if opens.isEmpty && closes.isEmpty { continue }
                guard let o = OpeningHours.minutes(opens), let c = OpeningHours.minutes(closes) else {
                    throw APIError.invalid("openingHours.\(day.rawValue)", "Give both times as HH:MM, or neither for closed.")
                }
                days[day, default: []].append(OpeningHours.Interval(opens: o, closes: c))
            }
        }
        return ClinicSettingsInput(
            emergencyNumber: self["emergencyNumber"].trimmingCharacters(in: .whitespaces),
            urgentCareAdvice: self["urgentCareAdvice"], protocolVersion: self["protocolVersion"],
            // An empty field is none, as on every form.
            phone: self["phone"].isEmpty ? nil : self["phone"], email: self["email"].isEmpty ? nil : self["email"],
            reminders: ReminderSettings(sendHour: try hour("sendHour"), missedHour: try hour("missedHour"),
                                        quietFrom: try hour("quietFrom"), quietUntil: try hour("quietUntil")),
            alertTargets: AlertTargets(redMinutes: red, amberHours: try optional("amberHours", "alertTargets.amberHours"),
                                       yellowDays: try optional("yellowDays", "alertTargets.yellowDays")),
            openingHours: OpeningHours(days))
    }
}
