import Foundation
import StippleCore
import StippleStore

/// A clinic's schedule and the people who take its appointments, read once per request, and
/// the one availability rule (`Availability`) applied to them: to list slots, and to check a
/// time again inside the booking's transaction.
///
/// Technicians work the clinic's opening hours, less their time off; the clinic is closed on
/// its closures (`StaffPages/SchedulePage.swift`).
struct ClinicAvailability {
    let clinic: Clinic
    let zone: TimeZone
    let schedule: ClinicSchedule
    let technicians: [StaffMember]
    let timeOff: [UUID: [TimeRange]]

    static func load(_ clinic: Clinic, store: Store, now: Date) async throws -> ClinicAvailability {
        let zone = try clinic.zone()
        let hours = try await store.openingHours(clinic: clinic.id)
        let technicians = try await store.bookableTechnicians(clinic: clinic.id)
        let closed = try await store.closedDays(clinic: clinic.id, from: LocalDate(now, in: zone).adding(days: -1))
        return ClinicAvailability(clinic: clinic, zone: zone, schedule: ClinicSchedule(timeZone: zone, openingHours: hours, closedOn: closed),
                                  technicians: technicians,
                                  timeOff: try await store.timeOff(technicians: technicians.map(\.id), from: now - 86_400))
    }

    func schedule(of technician: UUID, busy: [TimeRange]) -> TechnicianSchedule {
        TechnicianSchedule(technicianID: technician, workingHours: schedule.openingHours, timeOff: timeOff[technician] ?? [], busy: busy)
    }

    /// Every slot of `type` from `from` up to `until`, by start and then technician; `excluding`
    /// leaves a booking being moved out of what keeps its technician.
    func slots(_ type: AppointmentType, from: Date, until: Date, now: Date, store: Store,
               excluding: UUID? = nil) async throws -> [Slot] {
        let ids = technicians.map(\.id)
        // A day's margin each side: buffers reach across the edges.
        let busy = try await store.busy(technicians: ids, from: from - 86_400, until: until + 86_400, now: now, excluding: excluding)
        return Availability.slots(type, clinic: schedule, technicians: ids.map { schedule(of: $0, busy: busy[$0] ?? []) },
                                  from: from, until: until, now: now)
    }

    /// The rule for `start` with `technician`, given what the transaction reads as keeping them.
    func check(_ start: Date, _ type: AppointmentType, technician: UUID, now: Date) -> Store.BookingCheck {
        let clinic = schedule
        let hours = schedule.openingHours
        let away = timeOff[technician] ?? []
        return { busy in
            Availability.refusal(start, type: type,
                                 technician: TechnicianSchedule(technicianID: technician, workingHours: hours, timeOff: away, busy: busy),
                                 clinic: clinic, now: now)
        }
    }

    /// The clinic's days from `from` for `days` days, each with its distinct free start times.
    func days(_ slots: [Slot], from: LocalDate, days: Int) -> [(date: LocalDate, starts: [Date])] {
        var byDay: [LocalDate: [Date]] = [:]
        for slot in slots { byDay[LocalDate(slot.start, in: zone), default: []].append(slot.start) }
        return (0..<days).map { offset in
            let date = from.adding(days: offset)
            var seen = Set<Date>()
            return (date, (byDay[date] ?? []).filter { seen.insert($0).inserted })
        }
    }
}
