import Foundation
import StippleCore
import StippleStore

/// The charting page's form read into the API's `SessionInput`, so a session charted at the
/// chair is checked by exactly the rules the API applies. Times are the clinic's local times.
enum ChartingForm {
    static func input(_ v: [String: String], client: ClientRecord, zone: TimeZone) throws -> SessionInput {
        guard let date = LocalDate(iso: v["date"] ?? "") else { throw APIError.invalid("date", "give the session's date") }
        let started = try instant(date, v["start"], zone, field: "start")
        let ended = try instant(date, v["end"], zone, field: "end")
        guard let technician = UUID(uuidString: v["technician"] ?? "") else {
            throw APIError.invalid("technician", "choose the technician")
        }
        guard let batch = UUID(uuidString: v["pigmentBatchID"] ?? "") else {
            throw APIError.invalid("pigmentBatchID", "choose the pigment batch from the register")
        }
        let zones = TreatmentZone.charted.filter { v["zone-\($0.rawValue)"] == "yes" }.map(\.rawValue)
        func number(_ name: String) throws -> Int? {
            guard let text = v[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            guard let n = Int(text) else { throw APIError.invalid(name, "must be a whole number") }
            return n
        }
        func text(_ name: String) -> String? {
            guard let t = v[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
            return t
        }
        let iso = ISO8601DateFormatter()
        return SessionInput(
            clientID: client.id, technicianID: technician, startedAt: iso.string(from: started), endedAt: iso.string(from: ended),
            zones: zones, needleType: v["needleType"] ?? "", needleSize: v["needleSize"] ?? "", depth: v["depth"] ?? "",
            dotDensity: try number("dotDensity"), pigmentProduct: nil, pigmentBatch: nil, pigmentBatchID: batch,
            anaesthetic: text("anaesthetic"), painRelief: ChartingPage.painRelief.filter { v["relief-\($0)"] == "yes" },
            breaks: try number("breaks"), painReported: try number("pain"), bleeding: text("bleeding"),
            reactions: text("reactions"), notes: text("notes"))
    }

    /// `date` at `time` (HH:mm) on the clinic's clock, whatever daylight saving does that day.
    static func instant(_ date: LocalDate, _ time: String?, _ zone: TimeZone, field: String) throws -> Date {
        let parts = (time ?? "").split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else {
            throw APIError.invalid(field, "give the time as hours and minutes")
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let instant = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day,
                                                               hour: parts[0], minute: parts[1])) else {
            throw APIError.invalid(field, "is not a time of that day")
        }
        return instant
    }
}
