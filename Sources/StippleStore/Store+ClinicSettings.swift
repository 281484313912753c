import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// The clinic's week of opening hours; empty when nobody has set it.
    public func openingHours(clinic: UUID) async throws -> OpeningHours {
        let rows = try await sql.select().columns("weekday", "opens", "closes").from("clinic_opening_hours")
            .where("clinic_id", .equal, clinic).orderBy("weekday").orderBy("opens").all()
        var days: [OpeningHours.Weekday: [OpeningHours.Interval]] = [:]
        for row in rows {
            let (day, period) = try Self.weeklyPeriod(StoredRow(row: row, table: "clinic_opening_hours"))
            days[day, default: []].append(period)
        }
        return OpeningHours(days)
    }

    /// A period of a week as a row keeps it: its ISO weekday (1 = Monday) and its minutes.
    static func weeklyPeriod(_ r: StoredRow) throws -> (OpeningHours.Weekday, OpeningHours.Interval) {
        let number: Int = try r.value("weekday")
        guard (1...7).contains(number) else { throw StoredDataError(table: r.table, column: "weekday") }
        return (OpeningHours.Weekday.allCases[number - 1], OpeningHours.Interval(opens: try r.value("opens"), closes: try r.value("closes")))
    }

    /// Changes the clinic's settings and opening hours together. New reminder hours move the
    /// clinic's reminders not yet tried, so every client hears at the new hours from now on.
    /// Returns the clinic as stored, and how many reminders moved.
    public func updateClinicSettings(_ id: UUID, _ s: ClinicSettings) async throws -> (Clinic, remindersMoved: Int) {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.update(Clinic.table)
                .set("emergency_number", to: SQLBind(s.emergencyNumber)).set("urgent_care_advice", to: SQLBind(s.urgentCareAdvice))
                .set("protocol_version", to: SQLBind(s.protocolVersion))
                .set("phone", to: SQLBind(s.phone)).set("email", to: SQLBind(s.email))
                .set("reminder_hour", to: SQLBind(s.reminders.sendHour)).set("missed_check_in_hour", to: SQLBind(s.reminders.missedHour))
                .set("quiet_from", to: SQLBind(s.reminders.quietFrom)).set("quiet_until", to: SQLBind(s.reminders.quietUntil))
                .set("red_response_minutes", to: SQLBind(s.alertTargets.redMinutes))
                .set("amber_response_hours", to: SQLBind(s.alertTargets.amberHours))
                .set("yellow_response_days", to: SQLBind(s.alertTargets.yellowDays))
                .where("id", .equal, id)
                .run()
            try await sql.delete(from: "clinic_opening_hours").where("clinic_id", .equal, id).run()
            try await Self.insertOpeningHours(s.openingHours, clinic: id, on: sql)
            let moved = try await Self.moveReminders(clinic: id, to: s.reminders, on: sql)
            return (try await written(Store(db).clinic(id)), moved)
        }
    }

    static func insertOpeningHours(_ hours: OpeningHours, clinic: UUID, on sql: any SQLDatabase) async throws {
        guard !hours.isEmpty else { return }
        var insert = sql.insert(into: "clinic_opening_hours").columns("id", "clinic_id", "weekday", "opens", "closes")
        for day in OpeningHours.Weekday.allCases {
            for interval in hours.hours(day) {
                insert = insert.values(SQLBind(UUID()), SQLBind(clinic), SQLBind(day.number), SQLBind(interval.opens),
                                       SQLBind(interval.closes))
            }
        }
        try await insert.run()
    }

    /// Reminders never tried keep their kind and day; only their hour follows the settings.
    private static func moveReminders(clinic: UUID, to settings: ReminderSettings, on sql: any SQLDatabase) async throws -> Int {
        let rows = try await sql.raw("""
            SELECT r.id, r.kind, r.day, r.due_at, j.session_date, j.time_zone
            FROM reminders r JOIN journeys j ON j.id = r.journey_id
            WHERE j.clinic_id = \(bind: clinic) AND r.status = 'scheduled' AND r.attempts = 0
            """).all()
        var moved = 0
        for row in rows {
            let r = StoredRow(row: row, table: ReminderRows.table)
            let zoneID: String = try r.value("time_zone")
            guard let zone = TimeZone(identifier: zoneID) else { throw StoredDataError(table: "journeys", column: "time_zone") }
            let due = ReminderPlan.dueAt(try r.code("kind", as: ReminderKind.self), day: try r.value("day"),
                                         sessionDate: try r.day("session_date"), timeZone: zone, settings: settings)
            guard due != (try r.value("due_at", as: Date.self)) else { continue }
            try await sql.update(ReminderRows.table).set("due_at", to: SQLBind(due)).where("id", .equal, try r.value("id", as: UUID.self)).run()
            moved += 1
        }
        return moved
    }
}
