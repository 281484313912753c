import Foundation
import StippleCore
import StippleStore
import Vapor

/// The demo chain: the six clinics of the brief, a lead technician each, an admin, and a dozen
/// clients at different points of healing, with check-ins (one red, one amber). Dated relative
/// to "now", so the demo always shows journeys in progress.
public enum DemoChain {
    /// What opens a demo (or load-test) chain: the admin's API token and the password every
    /// demo person signs in with. Made at random for each database, so no two demos share a
    /// key and nothing published opens one; kept sealed with the server's key
    /// (`Store.saveDemoCredentials`) for `stipple demo-credentials`.
    public struct Credentials: Sendable, Equatable {
        public var adminToken: String
        public var password: String

        public static func random() -> Credentials {
            Credentials(adminToken: APIToken.generate(), password: String(SecretToken.generate().prefix(20)))
        }

        func save(in store: Store, sealer: LinkSealer, at: Date) async throws {
            guard let token = sealer.seal(adminToken), let password = sealer.seal(password) else {
                throw SettingsError(message: "the demo credentials could not be sealed")
            }
            try await store.saveDemoCredentials(SealedDemoCredentials(adminToken: token, password: password), at: at)
        }

        /// The chain's credentials, unsealed with this server's key; nil without a demo chain.
        public static func read(from store: Store, sealer: LinkSealer) async throws -> Credentials? {
            guard let sealed = try await store.demoCredentials() else { return nil }
            guard let token = sealer.open(sealed.adminToken), let password = sealer.open(sealed.password) else {
                throw SettingsError(message: "the demo credentials were sealed with another secret key (STIPPLE_SECRET_KEY or secret.key)")
            }
            return Credentials(adminToken: token, password: password)
        }
    }

    public struct Summary: Sendable {
        public var credentials: Credentials
        public var adminToken: String { credentials.adminToken }
        public var clinics: Int
        public var clients: Int
        /// The journey with the red check-in, to try first.
        public var redJourneyID: UUID
        /// Who can sign in to the staff pages (email, name and role), all with the credentials' password.
        public var logins: [(email: String, name: String, role: StaffRole)] = []
    }

    struct ClinicSeed {
        var name: String, address: String, country: String, timeZone: String, language: Language, lead: String
        var phone: String, email: String
    }

    /// The demo clinics' week: weekdays 09:00–17:30 with a lunch hour, late on Thursday,
    /// Saturday mornings.
    static let openingHours: OpeningHours = {
        let day = [OpeningHours.Interval(opens: 9 * 60, closes: 12 * 60 + 30),
                   OpeningHours.Interval(opens: 13 * 60 + 30, closes: 17 * 60 + 30)]
        return OpeningHours([.monday: day, .tuesday: day, .wednesday: day,
                             .thursday: [day[0], OpeningHours.Interval(opens: 13 * 60 + 30, closes: 20 * 60)],
                             .friday: day, .saturday: [OpeningHours.Interval(opens: 9 * 60, closes: 13 * 60)]])
    }()

    static let clinics: [ClinicSeed] = [
        .init(name: "Stipple Liverpool", address: "Head office, Burscough, Merseyside", country: "GB",
              timeZone: "Europe/London", language: .enGB, lead: "Alex Morgan", phone: "+44 151 496 0000", email: "liverpool@stipple.example"),
        .init(name: "Stipple London", address: "Clerkenwell, London", country: "GB",
              timeZone: "Europe/London", language: .enGB, lead: "Priya Shah", phone: "+44 20 7946 0000", email: "london@stipple.example"),
        .init(name: "Stipple Newcastle", address: "Grey Street, Newcastle upon Tyne", country: "GB",
              timeZone: "Europe/London", language: .enGB, lead: "Jamie Robson", phone: "+44 191 498 0000", email: "newcastle@stipple.example"),
        .init(name: "Stipple Shrewsbury", address: "Wyle Cop, Shrewsbury (opened 2019)", country: "GB",
              timeZone: "Europe/London", language: .enGB, lead: "Owen Davies", phone: "+44 1743 496000", email: "shrewsbury@stipple.example"),
        .init(name: "Stipple Jersey", address: "King Street, St Helier, Jersey", country: "JE",
              timeZone: "Europe/Jersey", language: .enGB, lead: "Claire Le Brun", phone: "+44 1534 496000", email: "jersey@stipple.example"),
        .init(name: "Stipple Amsterdam", address: "Ceintuurbaan, Amsterdam", country: "NL",
              timeZone: "Europe/Amsterdam", language: .nlNL, lead: "Sanne de Vries", phone: "+31 20 799 0000", email: "amsterdam@stipple.example"),
    ]

    enum Course { case normal, fever, worsening }

    struct ClientSeed {
        var clinic: Int, name: String, born: String, sex: ClientFactors.Sex, day: Int, zones: [TreatmentZone]
        var condition: HairLossCondition, course: Course = .normal, screening = ScreeningAnswers()
    }

    static let clients: [ClientSeed] = [
        .init(clinic: 0, name: "Daniel Hughes", born: "1988-04-12", sex: .male, day: 0, zones: [.hairline, .temples], condition: .recedingHairline),
        .init(clinic: 1, name: "Marcus Bell", born: "1979-09-30", sex: .male, day: 1, zones: [.crown], condition: .patternBaldness),
        .init(clinic: 2, name: "Sophie Turner", born: "1991-02-03", sex: .female, day: 2, zones: [.midScalp], condition: .thinning),
        .init(clinic: 2, name: "Liam Walsh", born: "1984-06-21", sex: .male, day: 3, zones: [.hairline, .crown], condition: .patternBaldness,
              course: .fever, screening: ScreeningAnswers(anticoagulants: true)),
        .init(clinic: 3, name: "Gareth Price", born: "1969-11-08", sex: .male, day: 5, zones: [.crown, .midScalp], condition: .patternBaldness,
              course: .worsening, screening: ScreeningAnswers(diabetes: true)),
        .init(clinic: 4, name: "Rachel Le Cornu", born: "1982-07-17", sex: .female, day: 7, zones: [.midScalp], condition: .alopecia),
        .init(clinic: 0, name: "Tom Fletcher", born: "1975-03-29", sex: .male, day: 9, zones: [.scar], condition: .scars),
        .init(clinic: 1, name: "Aisha Rahman", born: "1993-12-01", sex: .female, day: 12, zones: [.hairline], condition: .thinning),
        .init(clinic: 5, name: "Joris Bakker", born: "1980-05-14", sex: .male, day: 4, zones: [.hairline, .crown], condition: .patternBaldness),
        .init(clinic: 5, name: "Emma Visser", born: "1990-08-25", sex: .female, day: 15, zones: [.midScalp], condition: .alopecia,
              screening: ScreeningAnswers(scalpPsoriasisOrEczema: true)),
        .init(clinic: 3, name: "Chris Evans", born: "1958-01-19", sex: .male, day: 21, zones: [.hairline, .temples, .crown], condition: .patternBaldness),
        .init(clinic: 2, name: "Nathan Reid", born: "1986-10-10", sex: .male, day: 30, zones: [.crown], condition: .patternBaldness),
    ]

    /// Loads the chain into an empty store.
    public static func load(into store: Store, now: Date, protocol p: AftercareProtocol, sealer: LinkSealer,
                            passwordCost: Int = 12) async throws -> Summary {
        var clinicIDs: [UUID] = []
        var leads: [UUID] = []
        let credentials = Credentials.random()
        try await credentials.save(in: store, sealer: sealer, at: now)
        // One hash for every demo login: they share the password. Hashed once, at load.
        let hash = try Bcrypt.hash(credentials.password, cost: passwordCost)
        var logins: [(email: String, name: String, role: StaffRole)] = []
        func login(_ member: StaffMember) async throws {
            let email = member.name.lowercased().replacingOccurrences(of: " ", with: ".") + "@stipple.example"
            try await store.setLogin(staff: member.id, email: email, passwordHash: hash)
            logins.append((email, member.name, member.role))
        }
        for seed in clinics {
            let clinic = try await store.createClinic(NewClinic(
                name: seed.name, address: seed.address, country: seed.country, timeZone: seed.timeZone,
                language: seed.language, emergencyNumber: EmergencyNumber.forCountry(seed.country), protocolVersion: p.version,
                phone: seed.phone, email: seed.email, openingHours: Self.openingHours))
            clinicIDs.append(clinic.id)
            let lead = try await store.createStaff(
                NewStaffMember(clinicID: clinic.id, name: seed.lead, role: .leadTechnician,
                               licenceNumber: "SMP-\(seed.country)-\(1000 + clinicIDs.count)"),
                tokenHash: nil)
            leads.append(lead.id)
            try await login(lead)
            if seed.name == "Stipple Newcastle" {
                // Newcastle has the whole team, to try each role.
                try await login(try await store.createStaff(
                    NewStaffMember(clinicID: clinic.id, name: "Ellie Charlton", role: .technician, licenceNumber: "SMP-GB-2003"),
                    tokenHash: nil))
                try await login(try await store.createStaff(
                    NewStaffMember(clinicID: clinic.id, name: "Sam Reed", role: .reception), tokenHash: nil))
            }
        }
        let admin = try await store.createStaff(NewStaffMember(clinicID: nil, name: "Chain admin", role: .admin),
                                                tokenHash: APIToken.hash(credentials.adminToken))
        try await login(admin)

        var redJourney: UUID?
        for seed in clients {
            let clinic = clinics[seed.clinic]
            let tz = TimeZone(identifier: clinic.timeZone)!
            let today = LocalDate(now, in: tz)
            let sessionDate = today.adding(days: -seed.day)
            // Registered and screened on the clinic's tablet at the consultation, two weeks before.
            let email = seed.name.lowercased().replacingOccurrences(of: " ", with: ".") + "@example.com"
            let client = try await store.createClient(
                NewClient(clinicID: clinicIDs[seed.clinic], fullName: seed.name, dateOfBirth: LocalDate(iso: seed.born)!,
                          idCheckedBy: leads[seed.clinic], idCheckedOn: sessionDate.adding(days: -14), idDocument: .passport,
                          email: email, preferredLanguage: clinic.language),
                screening: NewScreening(clientID: UUID(), language: clinic.language,
                                        response: ScreeningResponse(answers: seed.screening, condition: seed.condition, sex: seed.sex),
                                        confirmedName: seed.name, channel: .tablet, recordedBy: leads[seed.clinic]),
                skin: (3, false), now: sessionDate.adding(days: -14).start(in: tz).addingTimeInterval(11 * 3600))
            if let screening = try await store.health(client: client.id)?.screening {
                // Blood thinners: the prescriber agreed before the first session.
                if seed.screening.anticoagulants {
                    try await store.recordClearance(screening: screening, kind: .prescriber,
                                                    evidence: "Letter from the GP agreeing to the treatment",
                                                    by: leads[seed.clinic], now: sessionDate.adding(days: -7).start(in: tz))
                }
            }
            // What a client signs at the consultation: treatment, healing messages and photos in the
            // record; every third one also agrees to the public gallery.
            let consultation = sessionDate.adding(days: -14).start(in: tz).addingTimeInterval(11 * 3600)
            var kinds: [ConsentKind] = [.treatment, .healthData, .healingMessages, .photosInRecord]
            if clients.firstIndex(where: { $0.name == seed.name }).map({ $0 % 3 == 0 }) == true { kinds.append(.photosInGallery) }
            for kind in kinds {
                try await store.recordConsent(client: client.id, kind: kind, given: true, note: "signed at the consultation",
                                              by: leads[seed.clinic], at: consultation)
            }
            // 10:00 local on the session's day, or an hour ago for a session today before ten.
            let start = min(sessionDate.start(in: tz).addingTimeInterval(10 * 3600), now.addingTimeInterval(-3 * 3600))
            let (_, journey) = try await store.recordSession(
                NewSession(clientID: client.id, clinicID: clinicIDs[seed.clinic], technicianID: leads[seed.clinic],
                           startedAt: start, endedAt: start.addingTimeInterval(2.5 * 3600), zones: seed.zones,
                           needleType: "3RL", needleSize: "0.25 mm", depth: .standard, dotDensity: 60,
                           pigmentProduct: "Scalp pigment, neutral black", pigmentBatch: "LOT-26-0\(seed.clinic + 1)\(seed.day)",
                           anaesthetic: "Topical lidocaine 5%", painRelief: ["cooling gel", "breaks"], breaks: 2,
                           painReported: 3, bleeding: .minor),
                sessionDate: LocalDate(start, in: tz), timeZone: clinic.timeZone, protocolVersion: p.version,
                reminders: ReminderPlan.plan(sessionDate: LocalDate(start, in: tz), timeZone: tz, protocol: p,
                                             settings: ReminderSettings(), now: now),
                now: now)
            if seed.course == .fever { redJourney = journey.id }

            var earlier: [CheckIn] = []
            let factors = ClientFactors(age: AgeCheck.age(born: LocalDate(iso: seed.born)!, on: today),
                                        anticoagulants: seed.screening.anticoagulants)
            for day in p.checkInDays where day <= seed.day {
                let checkIn = answers(day: day, course: seed.course, lastDay: seed.day, hairline: seed.zones.contains(.hairline))
                let result = Triage.assess(checkIn, previous: earlier, risk: factors.riskProfile, protocol: p)
                let evening = journey.sessionDate.adding(days: day).start(in: tz).addingTimeInterval(19 * 3600)
                let at = min(evening, now)
                let alert = result.tier == .green ? nil
                    : NewAlert(clinicID: clinicIDs[seed.clinic], tier: result.tier, route: result.route,
                               dueBy: AlertTargets().dueBy(tier: result.tier, openedAt: at, timeZone: tz))
                _ = try await store.addCheckIn(journey: journey.id, day: day, recordedAt: at,
                                               answers: checkIn, tier: result.tier, score: result.score.total, alert: alert)
                earlier.append(checkIn)
            }
        }
        try await loadConsultations(into: store, clinics: clinicIDs, technicians: leads, now: now)
        try await loadPartnerApplications(into: store, admin: admin.id, now: now)
        return Summary(credentials: credentials, clinics: clinics.count, clients: clients.count, redJourneyID: redJourney!,
                       logins: logins)
    }

    /// Two partner applications: one from Leeds that came in yesterday morning, and one from
    /// Utrecht whose disclosure went out ten days ago (its agreement can be signed in 18 days).
    static func loadPartnerApplications(into store: Store, admin: UUID, now: Date) async throws {
        let london = TimeZone(identifier: "Europe/London")!
        let leeds = PartnerApplicationForm(
            fullName: "Hannah Whitaker", email: try EmailAddress("hannah.whitaker@example.com"), phone: "+44 113 496 0123", country: "GB",
            region: "Leeds", experience: .tattoo, motivation: "Ten years tattooing; clients keep asking about SMP.",
            investment: .from50kTo100k, language: .enGB)
        let submitted = now.addingTimeInterval(-26 * 3600)
        _ = try await store.submitPartnerApplication(
            leeds, firstResponseDue: PartnerRule.firstResponseDue(submitted: submitted, zone: london), now: submitted)
        let utrecht = PartnerApplicationForm(
            fullName: "Noor Bakker", email: try EmailAddress("noor.bakker@example.nl"), phone: nil, country: "NL", region: "Utrecht",
            experience: .beauty, motivation: "I run a salon and want to add SMP.", investment: .from25kTo50k, language: .nlNL)
        let applied = now.addingTimeInterval(-40 * 86_400)
        let id = try await store.submitPartnerApplication(
            utrecht, firstResponseDue: PartnerRule.firstResponseDue(submitted: applied, zone: london), now: applied)
        for (stage, daysAgo) in [(PartnerStage.contacted, 39), (.introductionCall, 30), (.discoveryDay, 20), (.disclosureSent, 10)] {
            _ = try await store.movePartnerApplication(id, to: stage, note: nil, by: admin,
                                                       now: now.addingTimeInterval(-Double(daysAgo) * 86_400)) { _ in nil }
        }
    }

    /// Free consultations booked on the public site: one at Newcastle that began a few minutes
    /// ago (for reception to record whether they came), one there tomorrow afternoon, and one in
    /// Amsterdam tomorrow morning, in Dutch.
    static func loadConsultations(into store: Store, clinics: [UUID], technicians: [UUID], now: Date) async throws {
        let quarter = TimeInterval(15 * 60)
        let justBegun = Date(timeIntervalSince1970: ((now.timeIntervalSince1970 - 600) / quarter).rounded(.down) * quarter)
        func tomorrow(_ clinic: Int, hour: Int) -> Date {
            let zone = TimeZone(identifier: Self.clinics[clinic].timeZone)!
            return LocalDate(now, in: zone).adding(days: 1).at(hour: hour, minute: 0, in: zone)
        }
        let bookings: [(clinic: Int, name: String, born: String, email: String, concern: ConsultationConcern, language: Language, start: Date)] = [
            (2, "Kwame Mensah", "1987-03-14", "kwame.mensah@example.com", .patternBaldness, .enGB, justBegun),
            (2, "Ben Carter", "1992-07-08", "ben.carter@example.com", .scars, .enGB, tomorrow(2, hour: 14)),
            (5, "Lotte Jansen", "1985-11-23", "lotte.jansen@example.nl", .thinning, .nlNL, tomorrow(5, hour: 10)),
        ]
        for b in bookings {
            let request = ConsultationRequest(fullName: b.name, email: try EmailAddress(b.email), phone: nil,
                                              dateOfBirth: LocalDate(iso: b.born)!, concern: b.concern, language: b.language)
            _ = try await store.placeBooking(
                NewBooking(clinicID: clinics[b.clinic], technicianID: technicians[b.clinic], type: .consultation, startsAt: b.start,
                           language: b.language, request: request),
                linkHash: nil, messages: { _ in [] }, now: now, check: { _ in nil })
        }
    }

    /// The demo logins `serve` prints: the ones to try first.
    public static let logins: [(email: String, what: String)] = [
        ("jamie.robson@stipple.example", "lead technician, Newcastle"),
        ("ellie.charlton@stipple.example", "technician, Newcastle"),
        ("sam.reed@stipple.example", "reception, Newcastle"),
        ("chain.admin@stipple.example", "admin, the whole chain"),
    ]

    /// Whether this database holds the demo chain (its clients are there and its credentials were kept).
    static func isLoaded(store: Store) async throws -> Bool {
        guard try await store.demoCredentials() != nil else { return false }
        return try await !store.clients(named: linkedClients[0]).isEmpty
    }

    /// The demo clients whose private links `stipple serve` prints: one of an English clinic and
    /// one of the Dutch clinic.
    static let linkedClients = ["Sophie Turner", "Joris Bakker"]

    public struct DemoLink: Sendable {
        public var clientName: String
        public var clinicName: String
        public var path: String
    }

    /// New private links for the demo clients (the links of an earlier start stop working), or
    /// none when the database does not hold the demo chain.
    public static func issueLinks(store: Store, now: Date, days: Int, sealer: LinkSealer) async throws -> [DemoLink] {
        guard try await isLoaded(store: store) else { return [] }
        var links: [DemoLink] = []
        for name in linkedClients {
            guard let client = try await store.clients(named: name).first,
                  let journey = try await store.latestJourney(client: client.id),
                  let clinic = try await store.clinic(client.clinicID)
            else { continue }
            let issued = try await JourneyLinks.issue(journey: journey.id, store: store, now: now, days: days, sealer: sealer)
            links.append(DemoLink(clientName: name, clinicName: clinic.name, path: issued.path))
        }
        return links
    }

    /// Plausible answers for a healing day: symptoms that peak early and fade, or a complication
    /// on the client's latest day.
    static func answers(day: Int, course: Course, lastDay: Int, hairline: Bool) -> CheckIn {
        var c: CheckIn
        switch day {
        case ...2: c = CheckIn(day: day, redness: 2, swelling: hairline && day <= 2 ? 2 : 1, pain: day == 1 ? 4 : 3, heat: 1,
                               discharge: .clear, scabs: false, washed: false, sweated: false, sun: false)
        case 3...5: c = CheckIn(day: day, redness: 1, swelling: day == 3 ? 1 : 0, pain: 2, heat: 0, discharge: CheckIn.Discharge.none,
                                scabs: true, washed: false, sweated: false)
        case 6...10: c = CheckIn(day: day, redness: day < 9 ? 1 : 0, swelling: 0, pain: 1, heat: 0, scabs: day < 10)
        default: c = CheckIn(day: day, redness: 0, swelling: 0, pain: 0, heat: 0, scabs: false)
        }
        guard day == lastDay || (course == .worsening && day == 3) else { return c }
        switch course {
        case .normal:
            return c
        case .fever:
            return CheckIn(day: day, redness: 2, swelling: 2, pain: 6, heat: 2, discharge: .cloudy, temperatureC: 38.6,
                           feelsUnwell: true, shivering: true, scabs: true)
        case .worsening:
            return day == 3
                ? CheckIn(day: day, redness: 1, swelling: 1, pain: 2, heat: 1, scabs: true)
                : CheckIn(day: day, redness: 2, swelling: 2, pain: 5, heat: 2, discharge: .bloody, scabs: true)
        }
    }
}
