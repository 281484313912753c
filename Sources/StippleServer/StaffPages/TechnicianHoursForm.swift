import Foundation
import StippleCore

/// The working-hours page's fields as typed: for each weekday when the technician starts and
/// ends, and one break. Empty start and end is a day off; an empty break is none.
struct TechnicianHoursForm {
    var values: [String: String] = [:]
    var problem: String?
    var field: String?

    static let ends = ["starts", "ends", "break-from", "break-until"]

    static func name(_ day: OpeningHours.Weekday, _ end: String) -> String { "\(day.rawValue)-\(end)" }

    subscript(_ name: String) -> String { values[name] ?? "" }

    /// The form filled with a week: the technician's own, or the clinic's opening hours (a day
    /// of two periods becomes one with a break between them).
    init(_ week: TechnicianHours) {
        for day in OpeningHours.Weekday.allCases {
            let periods = week.working.hours(day)
            guard let first = periods.first, let last = periods.last else { continue }
            values[Self.name(day, "starts")] = OpeningHours.clock(first.opens)
            values[Self.name(day, "ends")] = OpeningHours.clock(last.closes)
            let pause = week.breaks.hours(day).first
                ?? (periods.count > 1 ? OpeningHours.Interval(opens: first.closes, closes: periods[1].opens) : nil)
            if let pause {
                values[Self.name(day, "break-from")] = OpeningHours.clock(pause.opens)
                values[Self.name(day, "break-until")] = OpeningHours.clock(pause.closes)
            }
        }
    }

    init(posted: [String: String]) {
        values = posted
    }

    /// The week as typed; an `APIError` names the field at fault (`workingHours.monday`).
    func hours() throws -> TechnicianHours {
        var working: [OpeningHours.Weekday: [OpeningHours.Interval]] = [:]
        var breaks: [OpeningHours.Weekday: [OpeningHours.Interval]] = [:]
        for day in OpeningHours.Weekday.allCases {
            if let period = try period(day, "starts", "ends", field: "workingHours") { working[day] = [period] }
            if let pause = try period(day, "break-from", "break-until", field: "breaks") { breaks[day] = [pause] }
        }
        let week = TechnicianHours(working: OpeningHours(working), breaks: OpeningHours(breaks))
        if let problem = week.problems().first { throw APIError(problem) }
        return week
    }

    private func period(_ day: OpeningHours.Weekday, _ from: String, _ until: String, field: String) throws -> OpeningHours.Interval? {
        let a = self[Self.name(day, from)].trimmingCharacters(in: .whitespaces)
        let b = self[Self.name(day, until)].trimmingCharacters(in: .whitespaces)
        if a.isEmpty && b.isEmpty { return nil }
        guard let opens = OpeningHours.minutes(a), let closes = OpeningHours.minutes(b) else {
            throw APIError.invalid("\(field).\(day.rawValue)", "Give both times as HH:MM, or neither.")
        }
        return OpeningHours.Interval(opens: opens, closes: closes)
    }
}
