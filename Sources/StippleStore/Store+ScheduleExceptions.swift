import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Closes the clinic on `date`. False when it was closed that day already.
    public func addClosure(clinic: UUID, on date: LocalDate, reason: String?, by staff: UUID, now: Date) async throws -> Bool {
        do {
            try await sqlWriter.insert(into: "clinic_closures").columns("id", "clinic_id", "on_date", "reason", "created_by", "created_at")
                .values(SQLBind(UUID()), SQLBind(clinic), SQLBind(date.iso), SQLBind(reason), SQLBind(staff), SQLBind(now)).run()
            return true
        } catch let error where ConstraintViolation(error) == .unique {
            return false
        }
    }

    /// Records a technician's time off at the clinic.
    public func addTimeOff(staff: UUID, clinic: UUID, range: TimeRange, reason: String?, by: UUID, now: Date) async throws {
        try await sqlWriter.insert(into: "technician_time_off")
            .columns("id", "staff_id", "clinic_id", "starts_at", "ends_at", "reason", "created_by", "created_at")
            .values(SQLBind(UUID()), SQLBind(staff), SQLBind(clinic), SQLBind(range.start), SQLBind(range.end), SQLBind(reason),
                    SQLBind(by), SQLBind(now)).run()
    }

    /// Removes one of the clinic's closures or time off. False when there was none such.
    public func removeScheduleException(_ id: UUID, clinic: UUID) async throws -> Bool {
        let closures = try await sqlWriter.raw("DELETE FROM clinic_closures WHERE id = \(bind: id) AND clinic_id = \(bind: clinic) RETURNING id").all()
        if !closures.isEmpty { return true }
        return !(try await sqlWriter.raw("DELETE FROM technician_time_off WHERE id = \(bind: id) AND clinic_id = \(bind: clinic) RETURNING id")
            .all()).isEmpty
    }

    /// The days the clinic is closed from `from` on.
    public func closedDays(clinic: UUID, from: LocalDate) async throws -> Set<LocalDate> {
        Set(try await sql.select().column("on_date").from("clinic_closures").where("clinic_id", .equal, clinic)
            .where("on_date", .greaterThanOrEqual, from.iso).all().map { row in
                try storedDate(try row.decode(column: "on_date", as: String.self), "clinic_closures", "on_date")
            })
    }

    /// Each technician's time off that ends after `from`.
    public func timeOff(technicians: [UUID], from: Date) async throws -> [UUID: [TimeRange]] {
        guard !technicians.isEmpty else { return [:] }
        var out: [UUID: [TimeRange]] = [:]
        for row in try await sql.select().columns("staff_id", "starts_at", "ends_at").from("technician_time_off")
            .where("staff_id", .in, technicians).where("ends_at", .greaterThan, from).all() {
            let r = StoredRow(row: row, table: "technician_time_off")
            out[try r.value("staff_id"), default: []].append(TimeRange(start: try r.value("starts_at"), end: try r.value("ends_at")))
        }
        return out
    }

    /// The clinic's closures from `from` on and the time off ending after `since`, soonest first.
    public func scheduleExceptions(clinic: UUID, from: LocalDate, since: Date) async throws -> [ScheduleException] {
        var out: [ScheduleException] = try await sql.select().columns("id", "on_date", "reason").from("clinic_closures")
            .where("clinic_id", .equal, clinic).where("on_date", .greaterThanOrEqual, from.iso).orderBy("on_date").all().map { row in
                let r = StoredRow(row: row, table: "clinic_closures")
                return ScheduleException(id: try r.value("id"), kind: .closure(try r.day("on_date")), reason: try r.value("reason"))
            }
        out += try await sql.raw("""
            SELECT t.id, t.staff_id, s.name, t.starts_at, t.ends_at, t.reason FROM technician_time_off t JOIN staff s ON s.id = t.staff_id
            WHERE t.clinic_id = \(bind: clinic) AND t.ends_at > \(bind: since) ORDER BY t.starts_at
            """).all().map { row in
            let r = StoredRow(row: row, table: "technician_time_off")
            return ScheduleException(id: try r.value("id"), kind: .timeOff(staff: try r.value("staff_id"), staffName: try r.value("name"),
                                                                           TimeRange(start: try r.value("starts_at"), end: try r.value("ends_at"))),
                                     reason: try r.value("reason"))
        }
        return out
    }
}
