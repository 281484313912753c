import Foundation
import StippleCore
import StippleStore
import Vapor

// A clinic's closures and its technicians' time off (`SchedulePage`): read by its team,
// changed by its lead technician or an admin.
extension StaffPagesController {
    func schedule(req: Request) async throws -> Response {
        let staff = try req.staff
        let clinic = try await req.store.clinic(try req.uuid("clinicID"), seenBy: staff)
        let flash = StaffFlash.take(req)
        let page = try await schedulePage(req, staff: staff, clinic: clinic, notice: flash?.notice)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    func addClosure(req: Request) async throws -> Response {
        let (staff, clinic) = try await Self.scheduleEditor(req)
        let form = FormUpload.read(req).values
        let today = LocalDate(req.now, in: try clinic.zone())
        guard let date = LocalDate(iso: form["date"] ?? ""), date >= today, date <= today.adding(days: 730) else {
            return try await schedulePage(req, staff: staff, clinic: clinic, problem: "date: choose a day from today to two years ahead.",
                                          status: .unprocessableEntity)
        }
        let reason = try PlainText.note(form["reason"], field: "reason", maximum: 200)
        let added = try await req.store.addClosure(clinic: clinic.id, on: date, reason: reason, by: staff.id, now: req.now)
        return StaffFlash(notice: added ? "\(clinic.name) is closed on \(date.text(.enGB))." : "\(clinic.name) was closed on \(date.text(.enGB)) already.")
            .redirect(req, to: StaffRoute.schedule.path(clinic.id))
    }

    func addTimeOff(req: Request) async throws -> Response {
        let (staff, clinic) = try await Self.scheduleEditor(req)
        let form = FormUpload.read(req).values
        let zone = try clinic.zone()
        let today = LocalDate(req.now, in: zone)
        let technicians = try await req.store.bookableTechnicians(clinic: clinic.id)
        guard let person = technicians.first(where: { $0.id.uuidString == (form["technician"] ?? "").uppercased() }) else {
            return try await schedulePage(req, staff: staff, clinic: clinic, problem: "technician: choose a technician of the clinic.",
                                          status: .unprocessableEntity)
        }
        guard let from = LocalDate(iso: form["from"] ?? ""), let to = LocalDate(iso: form["to"] ?? ""), from >= today, to >= from,
              from.days(until: to) <= 366
        else {
            return try await schedulePage(req, staff: staff, clinic: clinic,
                                          problem: "from: choose a first day from today and a last day on or after it, within a year.",
                                          status: .unprocessableEntity)
        }
        let reason = try PlainText.note(form["reason"], field: "reason", maximum: 200)
        try await req.store.addTimeOff(staff: person.id, clinic: clinic.id,
                                       range: TimeRange(start: from.start(in: zone), end: to.adding(days: 1).start(in: zone)),
                                       reason: reason, by: staff.id, now: req.now)
        return StaffFlash(notice: "\(person.name) is away from \(from.text(.enGB)) to \(to.text(.enGB)).")
            .redirect(req, to: StaffRoute.schedule.path(clinic.id))
    }

    func removeScheduleException(req: Request) async throws -> Response {
        let (_, clinic) = try await Self.scheduleEditor(req)
        guard try await req.store.removeScheduleException(try req.uuid("exceptionID"), clinic: clinic.id) else {
            throw APIError.notFound("closure or time off")
        }
        return StaffFlash(notice: "Removed.").redirect(req, to: StaffRoute.schedule.path(clinic.id))
    }

    func technicianHours(req: Request) async throws -> Response {
        let staff = try req.staff
        let clinic = try await req.store.clinic(try req.uuid("clinicID"), seenBy: staff)
        let technician = try await Self.technician(req, of: clinic)
        let own = try await req.store.technicianHours(technicians: [technician.id])[technician.id]
        let week: TechnicianHours
        if let own { week = own } else { week = TechnicianHours(working: try await req.store.openingHours(clinic: clinic.id)) }
        let flash = StaffFlash.take(req)
        let page = TechnicianHoursPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic, technician: technician, own: own != nil,
                                              form: TechnicianHoursForm(week), canEdit: Self.editsSchedules(staff),
                                              notice: flash?.notice)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    func saveTechnicianHours(req: Request) async throws -> Response {
        let (staff, clinic) = try await Self.scheduleEditor(req)
        let technician = try await Self.technician(req, of: clinic)
        var form = TechnicianHoursForm(posted: FormUpload.read(req).values)
        do {
            let week = try form.hours()
            try await req.store.setTechnicianHours(staff: technician.id, week)
            let outside = try await Self.bookedOutside(week, technician: technician, clinic: clinic, req: req)
            let notice = outside.isEmpty ? "\(technician.name)'s week is saved."
                : "\(technician.name)'s week is saved. Booked outside it already, to move or keep: " + Self.listed(outside) + "."
            return StaffFlash(notice: notice).redirect(req, to: StaffRoute.technicianHours.path(clinic.id, technician.id))
        } catch let error as APIError where error.status.code < 500 {
            form.problem = "\(error.field.map { "\($0): " } ?? "")\(error.message)"
            form.field = error.field
            let own = try await req.store.technicianHours(technicians: [technician.id])[technician.id] != nil
            return TechnicianHoursPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic, technician: technician, own: own,
                                              form: form, canEdit: true, status: error.status)
        }
    }

    func resetTechnicianHours(req: Request) async throws -> Response {
        let (_, clinic) = try await Self.scheduleEditor(req)
        let technician = try await Self.technician(req, of: clinic)
        try await req.store.setTechnicianHours(staff: technician.id, nil)
        return StaffFlash(notice: "\(technician.name) works the clinic's opening hours.")
            .redirect(req, to: StaffRoute.technicianHours.path(clinic.id, technician.id))
    }

    /// What the technician has booked in the next year that `week` does not cover: consultations
    /// and follow-up sessions (a session by its start, the hours it takes being the chart's),
    /// soonest first. A new week moves nothing by itself; the clinic decides.
    private static func bookedOutside(_ week: TechnicianHours, technician: StaffMember, clinic: Clinic,
                                      req: Request) async throws -> [String] {
        let zone = try clinic.zone()
        let until = req.now + 366 * 86_400
        var out: [(Date, String)] = []
        for b in try await req.store.bookings(clinics: [clinic.id], from: req.now, until: until)
        where b.booking.technicianID == technician.id && b.booking.status == .booked
            && !week.covers(TimeRange(start: b.booking.startsAt, end: b.booking.endsAt), in: zone) {
            out.append((b.booking.startsAt, "the consultation of \(b.booking.fullName ?? "a booker") on \(CalendarPage.dateTime(b.booking.startsAt, zone))"))
        }
        for f in try await req.store.calendar(clinics: [clinic.id], technician: technician.id, from: req.now, until: until)
        where !week.covers(TimeRange(start: f.startsAt, end: f.startsAt + 60), in: zone) {
            out.append((f.startsAt, "\(f.clientName)'s session \(f.sessionNumber) on \(CalendarPage.dateTime(f.startsAt, zone))"))
        }
        return out.sorted { $0.0 < $1.0 }.map(\.1)
    }

    /// "a; b and c": the first five, and how many more.
    private static func listed(_ items: [String]) -> String {
        let shown = Array(items.prefix(5))
        let more = items.count - shown.count
        let head = shown.count > 1 ? shown.dropLast().joined(separator: "; ") + " and " + shown.last! : shown.joined()
        return more > 0 ? head + " (and \(more) more)" : head
    }

    /// The technician of the route, one who takes the clinic's appointments.
    private static func technician(_ req: Request, of clinic: Clinic) async throws -> StaffMember {
        let id = try req.uuid("staffID")
        guard let person = try await req.store.bookableTechnicians(clinic: clinic.id).first(where: { $0.id == id }) else {
            throw APIError.notFound("technician")
        }
        return person
    }

    private static func editsSchedules(_ staff: StaffMember) -> Bool { staff.role == .leadTechnician || staff.role == .admin }

    /// The clinic of the route, for its lead technician or an admin.
    static func scheduleEditor(_ req: Request) async throws -> (StaffMember, Clinic) {
        let staff = try req.staff
        let clinic = try await req.store.clinic(try req.uuid("clinicID"), seenBy: staff)
        guard editsSchedules(staff) else {
            throw APIError.forbidden("only the clinic's lead technician or an admin changes its closures, time off and working hours")
        }
        return (staff, clinic)
    }

    private func schedulePage(_ req: Request, staff: StaffMember, clinic: Clinic, notice: String? = nil, problem: String? = nil,
                              status: HTTPStatus = .ok) async throws -> Response {
        let zone = try clinic.zone()
        let technicians = try await req.store.bookableTechnicians(clinic: clinic.id)
        return SchedulePage.render(staff: staff, csrf: req.csrfToken, clinic: clinic,
                                   exceptions: try await req.store.scheduleExceptions(clinic: clinic.id, from: LocalDate(req.now, in: zone),
                                                                                      since: req.now),
                                   technicians: technicians, hours: try await req.store.technicianHours(technicians: technicians.map(\.id)),
                                   canEdit: Self.editsSchedules(staff), notice: notice, problem: problem, status: status)
    }
}
