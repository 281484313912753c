import Foundation
import StippleCore
import StippleStore
import Vapor

/// A journey as the engine sees it today, in the clinic's time zone and language.
struct JourneyView: Content {
    struct ClinicRef: Codable {
        var id: UUID
        var name: String
        var timeZone: String
        var language: Language
        var emergencyNumber: String
        var urgentCareAdvice: String
    }

    struct Estimate: Codable {
        var lowerDays: Int
        var mostLikelyDays: Int
        var upperDays: Int
        var healedOnDay: Int?
        var summary: String
        var explanation: [String]
        var tableVersion: String
    }

    /// A stage on the timeline: what it is called and when. What is normal and what to do are
    /// in `today`, for the stage the client is in; the whole protocol's texts stay out of every
    /// journey response, which keeps it small (measured: JSON encoding dominated the request).
    struct Stage: Codable {
        var id: String
        var title: String
        var startDay: Int
        var endDay: Int?
        var startDate: LocalDate
        var endDate: LocalDate?
        var current: Bool
    }

    struct NextSession: Codable {
        var sessionNumber: Int
        var earliestDate: LocalDate
        var recommendedFrom: LocalDate
        var recommendedTo: LocalDate
        var blockedBy: TriageTier?
        var reasons: [String]
    }

    var id: UUID
    var clientID: UUID
    var clientName: String
    var sessionID: UUID
    var sessionNumber: Int
    var sessionDate: LocalDate
    var clinic: ClinicRef
    var protocolVersion: String
    var day: Int
    var today: JourneyToday
    var timeline: [Stage]
    var estimate: Estimate
    var checkIns: [CheckInView]
    var nextSession: NextSession
}

struct CheckInView: Content {
    var id: UUID
    var journeyID: UUID
    var day: Int
    var recordedAt: Date
    var tier: TriageTier
    var score: Int
    var reasons: [String]
    var findings: [String]
    var action: String
    /// The clinic country's emergency number: the first thing an emergency's action tells the client.
    var emergencyNumber: String
    /// For a red check-in: an emergency call, or urgent care today (the clinic's advice).
    var route: TriageRoute?
    var confirmsHealing: Bool
    var answers: CheckIn
    var photos: [PhotoRef]
    /// When a person at the clinic acknowledged the alert this check-in opened.
    var seenAt: Date?
}

/// A check-in photo: its view and where the caller can fetch it.
struct PhotoRef: Content {
    var id: UUID
    var view: ScalpView
    var width: Int
    var height: Int
    var url: String
}

/// A journey with everything the engine needs to compute its view.
struct JourneyContext {
    var journey: JourneyRecord
    var clinic: Clinic
    var client: ClientRecord
    var session: TreatmentSession
    var sessions: [TreatmentSession]
    var checkIns: [StoredCheckIn]
    var photos: [StoredPhoto] = []
    /// The most severe alert of the journey no person has resolved (read with `.sessions`).
    var unresolvedAlert: TriageTier? = nil
    /// Where photo URLs point: the staff API, or the client's link.
    var photoBasePath = "/api/v1/photos"

    var timeZone: TimeZone { TimeZone(identifier: journey.timeZone) ?? TimeZone(identifier: "UTC")! }

    func day(at instant: Date) -> Int {
        journey.sessionDate.days(until: LocalDate(instant, in: timeZone))
    }

    func factors(on day: LocalDate) -> ClientFactors {
        client.factors(session: session, on: day)
    }

    /// What a request reads of a journey beyond the journey itself.
    struct Parts: OptionSet {
        let rawValue: Int
        /// Its check-ins (in the same query).
        static let checkIns = Parts(rawValue: 1)
        /// The client's sessions and unresolved alerts, for the next-session rule (queries beside it).
        static let sessions = Parts(rawValue: 2)
        /// Its check-ins and their photos (in the same query).
        static let photos = Parts(rawValue: 4)
        static let all: Parts = [.checkIns, .photos, .sessions]

        var depth: JourneyBundle.Depth {
            contains(.photos) ? .checkInsAndPhotos : contains(.checkIns) ? .checkIns : .journey
        }
    }

    /// Loads a journey the caller may see, or throws 404 (also for another clinic's journey, so
    /// its existence is not revealed).
    static func load(_ id: UUID, for req: Request, parts: Parts = .all) async throws -> JourneyContext {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let store = req.store
        async let sessions = parts.contains(.sessions) ? store.sessions(journey: id) : []
        async let alert = parts.contains(.sessions) ? store.unresolvedAlertTier(journey: id) : nil
        guard let bundle = try await store.journeyBundle(id, depth: parts.depth),
              staff.canSee(clinic: bundle.journey.clinicID)
        else { throw APIError.notFound("journey") }
        req.auditNote(clientID: bundle.client.id, clinicID: bundle.journey.clinicID)
        var context = JourneyContext(bundle, sessions: parts.contains(.sessions) ? try await sessions : [bundle.session])
        context.unresolvedAlert = try await alert
        return context
    }

    /// The journey a client's private link opens, or nil when the link is unknown, revoked or
    /// expired.
    static func load(linkToken token: String, store: Store, now: Date, parts: Parts = .all) async throws -> JourneyContext? {
        guard JourneyLinks.isWellFormed(token) else { return nil }
        guard let bundle = try await store.journeyBundle(linkHash: SecretToken.hash(token), now: now, depth: parts.depth)
        else { return nil }
        let sessions = parts.contains(.sessions) ? try await store.sessions(journey: bundle.journey.id) : [bundle.session]
        var context = JourneyContext(bundle, sessions: sessions)
        if parts.contains(.sessions) { context.unresolvedAlert = try await store.unresolvedAlertTier(journey: bundle.journey.id) }
        return context
    }

    /// Triages a check-in against the latest earlier one and stores both together; afterwards
    /// `checkIns` holds that earlier check-in and the new one.
    mutating func record(_ checkIn: CheckIn, photos: [NewPhoto] = [], store: Store, now: Date,
                         protocol p: AftercareProtocol) async throws -> StoredCheckIn {
        // Triage compares with the latest earlier check-in only, so only that one is read.
        let latest = try await store.latestCheckIn(journey: journey.id, onOrBefore: checkIn.day)
        checkIns = latest.map { [$0] } ?? []
        let risk = factors(on: journey.sessionDate.adding(days: checkIn.day)).riskProfile
        let result = Triage.assess(checkIn, previous: checkIns.map(\.answers), risk: risk, protocol: p)
        // Yellow, amber and red open an alert for a person at the clinic, in the same transaction,
        // due by the clinic's target (read here: the journey's view does not carry the targets).
        var alert: NewAlert?
        if result.tier != .green {
            let targets = try await store.clinic(clinic.id)?.alertTargets ?? AlertTargets()
            alert = NewAlert(clinicID: clinic.id, tier: result.tier, route: result.route,
                             dueBy: targets.dueBy(tier: result.tier, openedAt: now, timeZone: timeZone))
        }
        let stored = try await store.addCheckIn(
            journey: journey.id, day: checkIn.day, recordedAt: now, answers: checkIn,
            tier: result.tier, score: result.score.total, photos: photos, alert: alert)
        checkIns.append(stored)
        return stored
    }

    /// The triage of a stored check-in against the ones before it, as when it was made.
    func triage(_ stored: StoredCheckIn, protocol p: AftercareProtocol) -> TriageResult {
        let earlier = checkIns.filter { $0.day <= stored.day && $0.id != stored.id && $0.recordedAt <= stored.recordedAt }.map(\.answers)
        let today = journey.sessionDate.adding(days: stored.day)
        return Triage.assess(stored.answers, previous: earlier, risk: factors(on: today).riskProfile, protocol: p)
    }

    /// What the client should do after a stored check-in, in the clinic's language.
    func action(after stored: StoredCheckIn, protocol p: AftercareProtocol) -> String {
        triage(stored, protocol: p).action(clinic.language, protocol: p, emergencyNumber: clinic.emergencyNumber,
                                           urgentCare: clinic.urgentCareAdvice)
    }

    func checkInView(_ stored: StoredCheckIn, protocol p: AftercareProtocol) -> CheckInView {
        let result = triage(stored, protocol: p)
        return CheckInView(
            id: stored.id, journeyID: stored.journeyID, day: stored.day, recordedAt: stored.recordedAt,
            tier: stored.tier, score: stored.score, reasons: result.reasons(clinic.language, protocol: p),
            findings: result.findings.map(\.rule.rawValue),
            action: result.action(clinic.language, protocol: p, emergencyNumber: clinic.emergencyNumber,
                                  urgentCare: clinic.urgentCareAdvice),
            emergencyNumber: clinic.emergencyNumber, route: result.route, confirmsHealing: result.confirmsHealing, answers: stored.answers,
            photos: photos.filter { $0.checkInID == stored.id }.map {
                PhotoRef(id: $0.id, view: $0.view, width: $0.width, height: $0.height, url: "\(photoBasePath)/\($0.id)")
            },
            seenAt: stored.seenAt)
    }

    /// When the next session may be booked, and whether `requested` may.
    func spacing(now: Date, protocol p: AftercareProtocol, requested: LocalDate?) -> SpacingDecision {
        spacing(healingJourney(now: now, protocol: p), requested: requested, protocol: p)
    }

    private func spacing(_ engine: HealingJourney, requested: LocalDate?, protocol p: AftercareProtocol) -> SpacingDecision {
        let sessionDates = sessions.filter { $0.startedAt <= session.startedAt }
            .map { LocalDate($0.startedAt, in: timeZone) }
        return SessionSpacing.next(previousSessions: sessionDates, journey: engine, openAlert: unresolvedAlert,
                                   requested: requested, protocol: p)
    }

    /// The engine's journey as it stands at `now`.
    func healingJourney(now: Date, protocol p: AftercareProtocol) -> HealingJourney {
        let day = self.day(at: now)
        let todayDate = journey.sessionDate.adding(days: max(day, 0))
        return HealingJourney(
            sessionDate: journey.sessionDate, day: day, timeZoneID: journey.timeZone,
            factors: factors(on: todayDate), checkIns: checkIns.map(\.answers), protocol: p, language: clinic.language)
    }

    func view(now: Date, protocol p: AftercareProtocol) -> JourneyView {
        let day = self.day(at: now)
        let language = clinic.language
        let engine = healingJourney(now: now, protocol: p)
        let spacing = spacing(engine, requested: nil, protocol: p)
        return JourneyView(
            id: journey.id, clientID: client.id, clientName: client.fullName, sessionID: session.id,
            sessionNumber: session.sessionNumber, sessionDate: journey.sessionDate,
            clinic: .init(id: clinic.id, name: clinic.name, timeZone: clinic.timeZone, language: language,
                          emergencyNumber: clinic.emergencyNumber, urgentCareAdvice: clinic.urgentCareAdvice),
            protocolVersion: journey.protocolVersion, day: day, today: engine.today, timeline: engine.timeline.map {
                JourneyView.Stage(id: $0.id, title: $0.title, startDay: $0.startDay, endDay: $0.endDay, startDate: $0.startDate,
                      endDate: $0.endDate, current: $0.id == engine.today.stageID)
            },
            estimate: .init(lowerDays: engine.estimate.lowerDays, mostLikelyDays: engine.estimate.mostLikelyDays,
                            upperDays: engine.estimate.upperDays, healedOnDay: engine.estimate.healedOnDay,
                            summary: EstimateText.summary(engine.estimate, sessionDate: journey.sessionDate, language),
                            explanation: EstimateText.contributions(engine.estimate, language),
                            tableVersion: engine.estimate.tableVersion),
            checkIns: checkIns.map { checkInView($0, protocol: p) },
            nextSession: .init(sessionNumber: spacing.sessionNumber, earliestDate: spacing.earliestDate,
                               recommendedFrom: spacing.recommendedFrom, recommendedTo: spacing.recommendedTo,
                               blockedBy: spacing.blockedBy, reasons: spacing.explanation(language, protocol: p)))
    }
}

extension JourneyContext {
    init(_ bundle: JourneyBundle, sessions: [TreatmentSession]) {
        self.init(journey: bundle.journey, clinic: bundle.clinic, client: bundle.client, session: bundle.session,
                  sessions: sessions, checkIns: bundle.checkIns, photos: bundle.photos)
    }
}
