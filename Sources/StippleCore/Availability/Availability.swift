import Foundation

/// The one rule for when an appointment can start, which both lists the free slots and decides
/// a booking: every listed slot can be booked, and a time it would not list is refused.
///
/// Opening hours, working hours and breaks are on the clinic's wall clock and become instants
/// day by day in its time zone, so a 13:00–18:00 day stays 13:00–18:00 across a daylight-saving
/// change; bookings, holds and time off are instants. (Clinics are closed between 01:00 and
/// 03:00, when Europe's clocks change, so each wall-clock time named is one instant.)
public enum Availability {
    /// Appointments start every quarter of an hour from each opening.
    public static let stepMinutes = 15

    /// Why `type` cannot start at `start` with the technician, or nil when it can.
    public static func refusal(_ start: Date, type: AppointmentType, technician: TechnicianSchedule, clinic: ClinicSchedule,
                               now: Date) -> BookingRefusal? {
        let day = DayPlan(LocalDate(start, in: clinic.timeZone), clinic: clinic)
        var hours = HoursOfDay(day)
        return refusal(start, type: type, day: day, technician: TechnicianDay(technician, on: day, hours: &hours),
                       limits: Limits(type, now: now, zone: clinic.timeZone))
    }

    /// Every start from `from` up to `until` that `type` can take, by start and then technician
    /// in the order given.
    public static func slots(_ type: AppointmentType, clinic: ClinicSchedule, technicians: [TechnicianSchedule],
                             from: Date, until: Date, now: Date) -> [Slot] {
        let limits = Limits(type, now: now, zone: clinic.timeZone)
        let first = max(from, limits.earliest), last = min(until, limits.latest)
        guard first < last else { return [] }
        var out: [Slot] = []
        var date = LocalDate(first, in: clinic.timeZone)
        let lastDate = LocalDate(last, in: clinic.timeZone)
        let step = TimeInterval(stepMinutes * 60), length = TimeInterval(type.minutes * 60)
        while date <= lastDate {
            let day = DayPlan(date, clinic: clinic)
            var hours = HoursOfDay(day)
            let people = technicians.map { TechnicianDay($0, on: day, hours: &hours) }
            for period in day.opening {
                var start = period.start
                while start + length <= period.end {
                    if start >= first && start < last {
                        for person in people where refusal(start, type: type, day: day, technician: person, limits: limits) == nil {
                            out.append(Slot(technicianID: person.id, start: start, end: start + length,
                                            held: held(start, type)))
                        }
                    }
                    start += step
                }
            }
            date = date.adding(days: 1)
        }
        return out
    }

    /// The time an appointment starting at `start` keeps its technician: the appointment and its buffers.
    public static func held(_ start: Date, _ type: AppointmentType) -> TimeRange {
        TimeRange(start: start - TimeInterval(type.bufferBeforeMinutes * 60),
                  end: start + TimeInterval((type.minutes + type.bufferAfterMinutes) * 60))
    }

    // MARK: The rule

    private static func refusal(_ start: Date, type: AppointmentType, day: DayPlan, technician: TechnicianDay,
                                limits: Limits) -> BookingRefusal? {
        if start < limits.earliest { return .tooSoon(earliest: limits.earliest) }
        if start >= limits.latest { return .beyondHorizon }
        if day.closed { return .closedDay }
        guard let period = day.opening.first(where: { $0.start <= start && start < $0.end }) else { return .outsideOpeningHours }
        let offset = Int(start.timeIntervalSince(period.start).rounded())
        guard offset % (stepMinutes * 60) == 0, start.timeIntervalSince(period.start) == TimeInterval(offset) else {
            return .notAStartTime
        }
        let appointment = TimeRange(start: start, end: start + TimeInterval(type.minutes * 60))
        guard period.contains(appointment) else { return .outsideOpeningHours }
        guard technician.working.contains(where: { $0.contains(appointment) }),
              !technician.breaks.contains(where: { $0.overlaps(appointment) }),
              !technician.timeOff.contains(where: { $0.overlaps(appointment) })
        else { return .technicianUnavailable }
        let kept = held(start, type)
        if technician.busy.contains(where: { $0.overlaps(kept) }) { return .taken }
        return nil
    }

    /// The notice and the horizon, as instants: the horizon runs to the end of its last day.
    private struct Limits {
        var earliest: Date
        var latest: Date

        init(_ type: AppointmentType, now: Date, zone: TimeZone) {
            earliest = now + TimeInterval(type.minimumNoticeMinutes * 60)
            latest = LocalDate(now, in: zone).adding(days: type.horizonDays + 1).start(in: zone)
        }
    }

    /// A day of the clinic, its periods as instants.
    private struct DayPlan {
        var date: LocalDate
        var zone: TimeZone
        var closed: Bool
        var opening: [TimeRange]
        var openingHours: OpeningHours
        /// The day with a day's margin each side: what can touch an appointment on it.
        var near: TimeRange

        init(_ date: LocalDate, clinic: ClinicSchedule) {
            self.date = date
            zone = clinic.timeZone
            openingHours = clinic.openingHours
            opening = Availability.ranges(clinic.openingHours, on: date, zone: clinic.timeZone)
            closed = clinic.closedOn.contains(date) || opening.isEmpty
            near = TimeRange(start: Availability.instant(date, 0, zone) - 86_400, end: Availability.instant(date, 24 * 60, zone) + 86_400)
        }
    }

    /// A day's weekly hours as instants, worked out once for each distinct set of hours: most
    /// technicians work the clinic's opening hours and have the same breaks.
    private struct HoursOfDay {
        let day: DayPlan
        private var known: [(hours: OpeningHours, ranges: [TimeRange])]

        init(_ day: DayPlan) {
            self.day = day
            known = [(day.openingHours, day.opening)]
        }

        mutating func ranges(_ hours: OpeningHours) -> [TimeRange] {
            if let found = known.first(where: { $0.hours == hours }) { return found.ranges }
            let ranges = Availability.ranges(hours, on: day.date, zone: day.zone)
            known.append((hours, ranges))
            return ranges
        }
    }

    /// A technician on a day, their hours as instants; their bookings and time off as they are.
    private struct TechnicianDay {
        var id: UUID
        var working: [TimeRange]
        var breaks: [TimeRange]
        var timeOff: [TimeRange]
        var busy: [TimeRange]

        init(_ t: TechnicianSchedule, on day: DayPlan, hours: inout HoursOfDay) {
            id = t.technicianID
            working = hours.ranges(t.workingHours)
            breaks = t.breaks.isEmpty ? [] : hours.ranges(t.breaks)
            // Only what touches the day matters.
            timeOff = t.timeOff.filter { $0.overlaps(day.near) }
            busy = t.busy.filter { $0.overlaps(day.near) }
        }
    }

    static func ranges(_ hours: OpeningHours, on date: LocalDate, zone: TimeZone) -> [TimeRange] {
        hours.hours(OpeningHours.Weekday.allCases[date.weekday - 1]).map {
            TimeRange(start: instant(date, $0.opens, zone), end: instant(date, $0.closes, zone))
        }
    }

    /// `minutes` after midnight on `date` on the clinic's clock; 24:00 is the next day's start.
    /// The wall-clock time less the zone's offset, the offset read twice so a time just after a
    /// change gets the new one: arithmetic, where a calendar's date(from:) cost several times
    /// as much on the slot search's thousands of calls. (Times that do not exist, in the hour a
    /// spring change skips, are never opening times.)
    static func instant(_ date: LocalDate, _ minutes: Int, _ zone: TimeZone) -> Date {
        let wall = Double(date.dayNumber * 86_400 + minutes * 60)
        let guess = wall - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: wall)))
        return Date(timeIntervalSince1970: wall - Double(zone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))))
    }
}
