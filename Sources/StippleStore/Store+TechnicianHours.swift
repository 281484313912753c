import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// The own weeks of those technicians who have one; the rest work their clinic's hours.
    public func technicianHours(technicians: [UUID]) async throws -> [UUID: TechnicianHours] {
        guard !technicians.isEmpty else { return [:] }
        let rows = try await sql.select().columns("staff_id", "kind", "weekday", "opens", "closes").from("technician_hours")
            .where("staff_id", .in, technicians).orderBy("weekday").orderBy("opens").all()
        var working: [UUID: [OpeningHours.Weekday: [OpeningHours.Interval]]] = [:]
        var breaks: [UUID: [OpeningHours.Weekday: [OpeningHours.Interval]]] = [:]
        for row in rows {
            let r = StoredRow(row: row, table: "technician_hours")
            let (day, period) = try Self.weeklyPeriod(r)
            let staff: UUID = try r.value("staff_id")
            switch try r.value("kind") as String {
            case "work": working[staff, default: [:]][day, default: []].append(period)
            case "break": breaks[staff, default: [:]][day, default: []].append(period)
            default: throw StoredDataError(table: "technician_hours", column: "kind")
            }
        }
        // Breaks with no working week cannot be saved: read back, they are an error, not days off.
        guard breaks.keys.allSatisfy({ working[$0] != nil }) else { throw StoredDataError(table: "technician_hours", column: "kind") }
        var out: [UUID: TechnicianHours] = [:]
        for (staff, days) in working {
            out[staff] = TechnicianHours(working: OpeningHours(days), breaks: OpeningHours(breaks[staff] ?? [:]))
        }
        return out
    }

    /// Sets the technician's own week, or with nil returns them to the clinic's hours.
    public func setTechnicianHours(staff: UUID, _ hours: TechnicianHours?) async throws {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.delete(from: "technician_hours").where("staff_id", .equal, staff).run()
            guard let hours else { return }
            var rows: [[any SQLExpression]] = []
            for (kind, week) in [("work", hours.working), ("break", hours.breaks)] {
                for day in OpeningHours.Weekday.allCases {
                    for period in week.hours(day) {
                        rows.append([SQLBind(UUID()), SQLBind(staff), SQLBind(kind), SQLBind(day.number), SQLBind(period.opens),
                                     SQLBind(period.closes)])
                    }
                }
            }
            guard !rows.isEmpty else { return }
            try await sql.insert(into: "technician_hours").columns("id", "staff_id", "kind", "weekday", "opens", "closes")
                .rows(rows).run()
        }
    }
}
