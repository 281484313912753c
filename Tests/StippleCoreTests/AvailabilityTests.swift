import Foundation
import PropertyBased
import Testing
@testable import StippleCore

@Suite struct AvailabilityTests {
    static let afternoons = OpeningHours(Dictionary(uniqueKeysWithValues: OpeningHours.Weekday.allCases.map {
        ($0, [OpeningHours.Interval(opens: 13 * 60, closes: 18 * 60)])
    }))

    func zone(_ id: String) -> TimeZone { TimeZone(identifier: id)! }

    func at(_ text: String, _ zone: TimeZone) -> Date {
        // "2027-03-28 13:00" on the zone's clock.
        let parts = text.split(separator: " ")
        let hm = parts[1].split(separator: ":").map { Int($0)! }
        return LocalDate(iso: String(parts[0]))!.at(hour: hm[0], minute: hm[1], in: zone)
    }

    func clock(_ instant: Date, _ zone: TimeZone) -> String {
        let c = LocalDate.calendar(zone).dateComponents([.hour, .minute], from: instant)
        return OpeningHours.clock(c.hour! * 60 + c.minute!)
    }

    let technician = TechnicianSchedule(technicianID: UUID(uuidString: "00000000-0000-0000-0000-000000000001")!,
                                        workingHours: afternoons)

    @Test(arguments: [("Europe/London", "2027-03-28"), ("Europe/Jersey", "2027-03-28"), ("Europe/Amsterdam", "2027-03-28"),
                      ("Europe/London", "2027-10-31"), ("Europe/Jersey", "2027-10-31"), ("Europe/Amsterdam", "2027-10-31")])
    func aOneToSixAfternoonKeepsItsLocalTimesAcrossTheClockChange(zoneID: String, change: String) {
        let tz = zone(zoneID)
        let clinic = ClinicSchedule(timeZone: tz, openingHours: Self.afternoons)
        let day = LocalDate(iso: change)!
        let now = day.adding(days: -20).start(in: tz)
        let slots = Availability.slots(.consultation, clinic: clinic, technicians: [technician],
                                       from: day.adding(days: -1).start(in: tz), until: day.adding(days: 2).start(in: tz), now: now)
        for date in [day.adding(days: -1), day, day.adding(days: 1)] {
            let ofDay = slots.filter { LocalDate($0.start, in: tz) == date }
            // 13:00 to 17:30 every quarter of an hour: nineteen starts, each day.
            #expect(ofDay.count == 19, "\(date)")
            #expect(ofDay.first.map { clock($0.start, tz) } == "13:00")
            #expect(ofDay.last.map { clock($0.end, tz) } == "18:00")
            for slot in ofDay {
                #expect(Availability.refusal(slot.start, type: .consultation, technician: technician, clinic: clinic, now: now) == nil)
            }
        }
        // The same wall-clock hour is an hour apart in UTC on either side of the change.
        let before = at("\(day.adding(days: -1).iso) 13:00", tz), after = at("\(day.iso) 13:00", tz)
        #expect(abs(after.timeIntervalSince(before) - 86_400) == 3600)
    }

    @Test func aClosedDayAndTimesOutsideTheHoursAreRefused() {
        let tz = zone("Europe/London")
        let holiday = LocalDate(iso: "2027-04-02")!
        let clinic = ClinicSchedule(timeZone: tz, openingHours: Self.afternoons, closedOn: [holiday])
        let now = at("2027-03-20 09:00", tz)
        func refusal(_ text: String) -> BookingRefusal? {
            Availability.refusal(at(text, tz), type: .consultation, technician: technician, clinic: clinic, now: now)
        }
        #expect(refusal("2027-04-02 14:00") == .closedDay)
        #expect(refusal("2027-04-01 14:00") == nil)
        #expect(refusal("2027-04-01 12:45") == .outsideOpeningHours)
        // The last start ends at closing; a quarter later would run past it.
        #expect(refusal("2027-04-01 17:30") == nil)
        #expect(refusal("2027-04-01 17:45") == .outsideOpeningHours)
        #expect(refusal("2027-04-01 14:05") == .notAStartTime)
        #expect(Availability.slots(.consultation, clinic: clinic, technicians: [technician], from: holiday.start(in: tz),
                                   until: holiday.adding(days: 1).start(in: tz), now: now).isEmpty)
    }

    @Test func theBuffersKeepAGapBetweenAppointments() {
        let tz = zone("Europe/London")
        let clinic = ClinicSchedule(timeZone: tz, openingHours: Self.afternoons)
        let now = at("2027-03-20 09:00", tz)
        var busy = technician
        // A consultation at 14:00 keeps the technician until 14:40 (ten minutes after it).
        busy.busy = [Availability.held(at("2027-04-01 14:00", tz), .consultation)]
        func refusal(_ text: String, _ type: AppointmentType = .consultation) -> BookingRefusal? {
            Availability.refusal(at(text, tz), type: type, technician: busy, clinic: clinic, now: now)
        }
        #expect(refusal("2027-04-01 13:15") == nil)   // until 13:45, its buffer to 13:55
        #expect(refusal("2027-04-01 13:30") == .taken) // its buffer runs to 14:10
        #expect(refusal("2027-04-01 14:30") == .taken) // inside the first one's buffer
        #expect(refusal("2027-04-01 14:45") == nil)
        // A session's four hours from 13:00 would run into the consultation.
        #expect(refusal("2027-04-01 13:00", .session) == .taken)
        #expect(refusal("2027-04-01 13:00", .healingCheck) == nil)
    }

    @Test func noticeAndHorizonAtTheirBoundaries() {
        let tz = zone("Europe/Amsterdam")
        let clinic = ClinicSchedule(timeZone: tz, openingHours: Self.afternoons)
        let now = at("2027-05-10 12:00", tz)
        func refusal(_ text: String) -> BookingRefusal? {
            Availability.refusal(at(text, tz), type: .consultation, technician: technician, clinic: clinic, now: now)
        }
        // Two hours' notice: 14:00 is the first start.
        #expect(refusal("2027-05-10 14:00") == nil)
        if case .tooSoon = refusal("2027-05-10 13:45") {} else { Issue.record("13:45 is less than two hours ahead") }
        // Eight weeks ahead: the 56th day is bookable, the 57th is not.
        #expect(refusal("2027-07-05 17:30") == nil)
        #expect(refusal("2027-07-06 13:00") == .beyondHorizon)
    }

    @Test func breaksAndTimeOffAreTheTechniciansOwn() {
        let tz = zone("Europe/London")
        let clinic = ClinicSchedule(timeZone: tz, openingHours: Self.afternoons)
        let now = at("2027-03-20 09:00", tz)
        var t = technician
        t.breaks = OpeningHours([.thursday: [OpeningHours.Interval(opens: 15 * 60, closes: 15 * 60 + 30)]])
        t.timeOff = [TimeRange(start: at("2027-04-02 00:00", tz), end: at("2027-04-03 00:00", tz))]
        func refusal(_ text: String) -> BookingRefusal? {
            Availability.refusal(at(text, tz), type: .consultation, technician: t, clinic: clinic, now: now)
        }
        #expect(refusal("2027-04-01 14:30") == nil)              // Thursday, ends at the break
        #expect(refusal("2027-04-01 14:45") == .technicianUnavailable)
        #expect(refusal("2027-04-01 15:30") == nil)
        #expect(refusal("2027-04-02 14:00") == .technicianUnavailable)
    }

    /// Over random clinics and technicians: every listed slot can be booked, and a time that is
    /// not listed cannot.
    @Test func theListAndTheRuleAgreeOnRandomSchedules() async {
        await propertyCheck(count: 60, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            var rng = SplitMix(seed: UInt64(seed))
            let tz = zone(["Europe/London", "Europe/Jersey", "Europe/Amsterdam"][Int(rng.next() % 3)])
            // A week around a clock change, so both kinds of day are drawn.
            let start = LocalDate(iso: rng.next() % 2 == 0 ? "2027-03-25" : "2027-10-28")!
            let clinic = ClinicSchedule(timeZone: tz, openingHours: randomWeek(&rng, from: 8 * 60, to: 21 * 60),
                                        closedOn: rng.next() % 2 == 0 ? [start.adding(days: Int(rng.next() % 7))] : [])
            let type = AppointmentType.standard[Int(rng.next() % 4)]
            let now = start.start(in: tz) + TimeInterval(rng.next() % (4 * 86_400))
            let technicians = (0..<(1 + Int(rng.next() % 3))).map { i in
                var t = TechnicianSchedule(technicianID: UUID(uuidString: "00000000-0000-0000-0000-00000000000\(i)")!,
                                           workingHours: randomWeek(&rng, from: 7 * 60, to: 22 * 60),
                                           breaks: randomWeek(&rng, from: 12 * 60, to: 14 * 60, chance: 3))
                for _ in 0..<Int(rng.next() % 6) {
                    let s = start.start(in: tz) + TimeInterval(rng.next() % (7 * 96)) * 900
                    t.busy.append(TimeRange(start: s, end: s + TimeInterval(1 + rng.next() % 16) * 900))
                }
                return t
            }
            let from = start.start(in: tz), until = start.adding(days: 7).start(in: tz)
            let slots = Availability.slots(type, clinic: clinic, technicians: technicians, from: from, until: until, now: now)
            let listed = Set(slots.map { "\($0.technicianID) \($0.start.timeIntervalSince1970)" })
            for slot in slots {
                let t = technicians.first { $0.technicianID == slot.technicianID }!
                #expect(Availability.refusal(slot.start, type: type, technician: t, clinic: clinic, now: now) == nil)
                #expect(!t.busy.contains { $0.overlaps(slot.held) })
            }
            // Every five minutes of the week, for each technician: bookable exactly when listed.
            var probe = from
            while probe < until {
                for t in technicians {
                    let bookable = Availability.refusal(probe, type: type, technician: t, clinic: clinic, now: now) == nil
                    #expect(bookable == listed.contains("\(t.technicianID) \(probe.timeIntervalSince1970)"))
                }
                probe += 300
            }
        }
    }

    /// A week with a random period on each day (none at all one time in `chance`).
    func randomWeek(_ rng: inout SplitMix, from: Int, to: Int, chance: UInt64 = 5) -> OpeningHours {
        var days: [OpeningHours.Weekday: [OpeningHours.Interval]] = [:]
        for day in OpeningHours.Weekday.allCases where rng.next() % chance != 0 {
            let quarters = UInt64((to - from) / 15)
            let a = Int(rng.next() % quarters), b = Int(rng.next() % quarters)
            guard a != b else { continue }
            days[day] = [OpeningHours.Interval(opens: from + min(a, b) * 15, closes: from + max(a, b) * 15)]
        }
        return OpeningHours(days)
    }
}

/// A small seeded generator, so a failing schedule comes back from its seed.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
