import Foundation
import StippleCore
import StippleStore
import Vapor

/// A realistic chain for load tests (`stipple seed --clients N`): the six clinics, fifty-five
/// technicians (ten a clinic, five in the smallest), and N clients with about three sessions each, spread over the past year, with
/// the protocol's check-ins along plausible healing curves and a few percent complications.
/// Everything is drawn from a seeded generator, so the same N gives the same chain.
public enum SeedChain {
    public struct Summary: Sendable {
        /// The admin's token and the password of every sign-in, made at random for this database.
        public var credentials: DemoChain.Credentials
        public var clinics: Int, technicians: Int, clients: Int, sessions: Int, checkIns: Int, alerts: Int
        public var healingNow: Int
    }

    static let technicianNames = ["Ellie", "Kai", "Maya", "Ravi", "Lena", "Oscar", "Nadia", "Theo", "Iris", "Jonah"]
    /// The clinic with a team of five (its lead and four), as the booking targets are set for;
    /// the others have ten.
    static let smallClinic = "Stipple Shrewsbury"
    static let firstNames = ["James", "Oliver", "Harry", "Jack", "George", "Noah", "Leo", "Arthur", "Muhammad", "Oscar",
                             "Charlie", "Freddie", "Thomas", "Daniel", "Samuel", "Ryan", "Adam", "Lucas", "Sem", "Daan",
                             "Olivia", "Amelia", "Isla", "Ava", "Mia", "Sophie", "Grace", "Emma", "Julia", "Tess"]
    static let lastNames = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson",
                            "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Clarke",
                            "de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos"]

    /// Loads the chain into an empty store, in batches of `batchSize` clients; `progress` hears
    /// how many clients are written after each batch.
    public static func load(into store: Store, clients total: Int, now: Date, protocol p: AftercareProtocol,
                            sealer: LinkSealer, passwordCost: Int = 12, batchSize: Int = 500,
                            progress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> Summary {
        var rng = SplitMix64(seed: 0x5EED_0000 &+ UInt64(total))
        // Random like the demo's, and kept the same way, for `stipple demo-credentials`.
        let credentials = DemoChain.Credentials.random()
        try await credentials.save(in: store, sealer: sealer, at: now)
        let hash = try Bcrypt.hash(credentials.password, cost: passwordCost)
        struct Site { var clinic: Clinic; var tz: TimeZone; var technicians: [UUID]; var lead: UUID }
        var sites: [Site] = []
        var technicianCount = 0
        for seed in DemoChain.clinics {
            let clinic = try await store.createClinic(NewClinic(
                name: seed.name, address: seed.address, country: seed.country, timeZone: seed.timeZone, language: seed.language,
                emergencyNumber: EmergencyNumber.forCountry(seed.country), protocolVersion: p.version, phone: seed.phone,
                email: seed.email, openingHours: DemoChain.openingHours))
            let lead = try await store.createStaff(NewStaffMember(clinicID: clinic.id, name: seed.lead, role: .leadTechnician),
                                                   tokenHash: nil)
            try await store.setLogin(staff: lead.id, email: email(seed.lead), passwordHash: hash)
            var technicians = [lead.id]
            let town = seed.name.replacingOccurrences(of: "Stipple ", with: "")
            for name in technicianNames.prefix(seed.name == smallClinic ? 4 : 9) {
                let t = try await store.createStaff(NewStaffMember(clinicID: clinic.id, name: "\(name) \(town)", role: .technician),
                                                    tokenHash: nil)
                technicians.append(t.id)
            }
            _ = try await store.createStaff(NewStaffMember(clinicID: clinic.id, name: "Reception \(town)", role: .reception),
                                            tokenHash: nil)
            technicianCount += technicians.count
            sites.append(Site(clinic: clinic, tz: TimeZone(identifier: clinic.timeZone)!, technicians: technicians, lead: lead.id))
        }
        let admin = try await store.createStaff(NewStaffMember(clinicID: nil, name: "Chain admin", role: .admin),
                                                tokenHash: APIToken.hash(credentials.adminToken))
        try await store.setLogin(staff: admin.id, email: email("Chain admin"), passwordHash: hash)

        var summary = Summary(credentials: credentials, clinics: sites.count, technicians: technicianCount, clients: 0, sessions: 0, checkIns: 0,
                              alerts: 0, healingNow: 0)
        var written = 0
        var slots: Set<String> = []  // technician, day and hour of each follow-up booked
        while written < total {
            var batch = SeedBatch()
            for i in written..<min(written + batchSize, total) {
                let site = sites[i % sites.count]
                addClient(number: i, site: (site.clinic, site.tz, site.technicians, site.lead), now: now, protocol: p,
                          rng: &rng, into: &batch, summary: &summary, slots: &slots)
            }
            try await store.insertSeed(batch, now: now)
            summary.sessions += batch.sessions.count
            summary.checkIns += batch.checkIns.count
            summary.alerts += batch.alerts.count
            written = min(written + batchSize, total)
            summary.clients = written
            progress(written, total)
        }
        return summary
    }

    static func email(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: " ", with: ".") + "@stipple.example"
    }

    static func addClient(number: Int, site: (clinic: Clinic, tz: TimeZone, technicians: [UUID], lead: UUID), now: Date,
                          protocol p: AftercareProtocol, rng: inout SplitMix64, into batch: inout SeedBatch,
                          summary: inout SeedChain.Summary, slots: inout Set<String>) {
        let today = LocalDate(now, in: site.tz)
        let clientID = UUID()
        let sex: ClientFactors.Sex = rng.chance(0.8) ? .male : .female
        let born = today.adding(days: -Int(rng.next(upTo: 45 * 365)) - 20 * 365)
        var screening = ScreeningAnswers()
        if rng.chance(0.04) { screening.anticoagulants = true }
        if rng.chance(0.05) { screening.diabetes = true }
        if rng.chance(0.02) { screening.keloidTendency = true }
        let name = "\(firstNames[Int(rng.next(upTo: UInt64(firstNames.count)))]) \(lastNames[Int(rng.next(upTo: UInt64(lastNames.count)))])"
        // The latest session some time in the past year; the ones before it six to twelve weeks apart.
        let sessions = 2 + Int(rng.next(upTo: 3))  // 2, 3 or 4: three on average
        var dates = [today.adding(days: -Int(rng.next(upTo: 365)))]
        for _ in 1..<sessions { dates.insert(dates[0].adding(days: -42 - Int(rng.next(upTo: 43))), at: 0) }
        batch.clients.append(SeedBatch.Client(
            id: clientID, clinicID: site.clinic.id, checkedBy: site.lead, fullName: name, dateOfBirth: born,
            checkedOn: dates[0].adding(days: -14), email: "client\(number)@example.com", phone: nil,
            condition: rng.chance(0.7) ? .patternBaldness : .thinning, sex: sex, skinType: 1 + Int(rng.next(upTo: 6)),
            screening: screening, language: site.clinic.language, createdAt: dates[0].start(in: site.tz)))
        let technician = site.technicians[Int(rng.next(upTo: UInt64(site.technicians.count)))]
        let risk = ClientFactors(age: AgeCheck.age(born: born, on: today), anticoagulants: screening.anticoagulants).riskProfile
        let days = p.checkInDays

        for (index, date) in dates.enumerated() {
            let latest = index == dates.count - 1
            let sessionID = UUID(), journeyID = UUID()
            let start = date.at(hour: 10, in: site.tz)
            let dayNow = date.days(until: today)
            // A few percent of journeys go wrong, on a day after the first.
            let course: DemoChain.Course = rng.chance(0.97) ? .normal : (rng.chance(0.5) ? .fever : .worsening)
            let troubleDay = days[1 + Int(rng.next(upTo: UInt64(days.count - 1)))]
            // Two more the client sent unasked, one in each half of healing: about thirty a client.
            let extra = [4 + Int(rng.next(upTo: 10)), 15 + Int(rng.next(upTo: 13))]
            var checkInDays = Array(Set(days + extra)).sorted()
            if latest { checkInDays = checkInDays.filter { $0 <= dayNow } }
            var previous: CheckIn?
            var last: (at: Date, day: Int, tier: TriageTier)?
            for day in checkInDays {
                if latest, rng.chance(0.1) { continue }  // a missed check-in
                var answers = DemoChain.answers(day: day, course: course, lastDay: troubleDay, hairline: true)
                // Some clients feel less than the template: only downwards, since a rise after the
                // first days is itself a finding.
                if course == .normal, rng.chance(0.3), let pain = answers.pain, pain > 0, previous?.pain ?? 0 <= pain - 1 {
                    answers.pain = pain - 1
                }
                let at = date.adding(days: day).at(hour: 18, in: site.tz).addingTimeInterval(Double(rng.next(upTo: 10_800)))
                guard at <= now else { continue }
                let result = Triage.assess(answers, previous: previous.map { [$0] } ?? [], risk: risk, protocol: p)
                let checkInID = UUID()
                batch.checkIns.append(SeedBatch.CheckInRow(id: checkInID, journeyID: journeyID, day: day, recordedAt: at,
                                                           answers: answers, tier: result.tier, score: result.score.total))
                if result.tier != .green {
                    // Alerts of the past were handled; those of a journey still healing may still be open.
                    let handled = !latest || dayNow > 28 || rng.chance(0.5)
                    batch.alerts.append(SeedBatch.AlertRow(
                        checkInID: checkInID, journeyID: journeyID, clinicID: site.clinic.id, tier: result.tier,
                        route: result.route, openedAt: at,
                        dueBy: site.clinic.alertTargets.dueBy(tier: result.tier, openedAt: at, timeZone: site.tz),
                        resolved: handled ? (site.lead, at.addingTimeInterval(3600), .calledClient) : nil))
                }
                previous = answers
                last = (at, day, result.tier)
            }
            batch.sessions.append(SeedBatch.Session(
                id: sessionID, journeyID: journeyID, clientID: clientID, clinicID: site.clinic.id, technicianID: technician,
                number: index + 1, startedAt: start, endedAt: start.addingTimeInterval(3 * 3600), sessionDate: date,
                timeZone: site.clinic.timeZone, zones: [.hairline, .crown], superseded: !latest, last: last))
            if latest, dayNow <= CheckInSchedule.watchDays { summary.healingNow += 1 }
            // Healed clients often have their next session booked already.
            // Three sessions a day per technician (9:00, 12:00, 15:00); a slot already taken is left,
            // as a technician is never booked twice at once.
            let day = today.adding(days: 1 + Int(rng.next(upTo: 28)))
            let hour = 9 + 3 * Int(rng.next(upTo: 3))
            if latest, dayNow >= 21, dayNow <= CheckInSchedule.watchDays, rng.chance(0.4),
               slots.insert("\(technician) \(day.iso) \(hour)").inserted {
                batch.followUps.append(NewFollowUp(
                    journeyID: journeyID, clientID: clientID, clinicID: site.clinic.id, technicianID: technician,
                    bookedBy: site.lead, sessionNumber: index + 2, startsAt: day.at(hour: hour, in: site.tz),
                    overrideReason: nil))
            }
        }
    }
}

/// A small, fast, seedable generator (SplitMix64): the same seed gives the same chain.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(upTo bound: UInt64) -> UInt64 { next() % bound }

    mutating func chance(_ p: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < p }
}
