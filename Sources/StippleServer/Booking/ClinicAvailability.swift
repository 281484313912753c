import Foundation
import StippleCore
import StippleStore

/// A clinic's schedule and the people who take its appointments, read once per request, and
/// the one availability rule (`Availability`) applied to them: to list slots, and to check a
/// time again inside the booking's transaction.
///
/// Technicians work their own week with its breaks (`TechnicianHours`) or else the clinic's
/// opening hours, less their time off; the clinic is closed on its closures
/// (`StaffPages/SchedulePage.swift`, `StaffPages/TechnicianHoursPage.swift`).
struct ClinicAvailability {
    let clinic: Clinic
    let zone: TimeZone
    let schedule: ClinicSchedule
    let technicians: [StaffMember]
    let timeOff: [UUID: [TimeRange]]
    /// The own weeks of the technicians who have one.
    let hours: [UUID: TechnicianHours]

    static func load(_ clinic: Clinic, store: Store, now: Date) async throws -> ClinicAvailability {
        let zone = try clinic.zone()
        let hours = try await store.openingHours(clinic: clinic.id)
        let technicians = try await store.bookableTechnicians(clinic: clinic.id)
        let ids = technicians.map(\.id)
        let closed = try await store.closedDays(clinic: clinic.id, from: LocalDate(now, in: zone).adding(days: -1))
        return ClinicAvailability(clinic: clinic, zone: zone, schedule: ClinicSchedule(timeZone: zone, openingHours: hours, closedOn: closed),
                                  technicians: technicians, timeOff: try await store.timeOff(technicians: ids, from: now - 86_400),
                                  hours: try await store.technicianHours(technicians: ids))
    }

    func schedule(of technician: UUID, busy: [TimeRange]) -> TechnicianSchedule {
        let own = hours[technician]
        return TechnicianSchedule(technicianID: technician, workingHours: own?.working ?? schedule.openingHours,
                                  breaks: own?.breaks ?? OpeningHours(), timeOff: timeOff[technician] ?? [], busy: busy)
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
        let week = schedule(of: technician, busy: [])
        return { busy in
            var person = week
            person.busy = busy
            return Availability.refusal(start, type: type, technician: person, clinic: clinic, now: now)
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
