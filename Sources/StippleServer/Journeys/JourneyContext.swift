import Foundation
import StippleCore
import StippleStore
import Vapor

/// A journey with everything the engine needs to compute its view.
struct JourneyContext {
    var journey: JourneyRecord
    var clinic: Clinic
    var client: ClientRecord
    var health: ClientHealth
    var session: TreatmentSession
    var sessions: [TreatmentSession]
    var checkIns: [StoredCheckIn]
    var photos: [StoredPhoto] = []
    /// The most severe alert of the journey no person has resolved (read with `.sessions`).
    var unresolvedAlert: TriageTier? = nil
    /// The client's treatment plan as staff set it (read with `.sessions`); nil follows the protocol.
    var storedPlan: TreatmentPlan? = nil
    /// Where photo URLs point: the staff API, or the client's link.
    var photoBasePath = "/api/v1/photos"

    var timeZone: TimeZone { TimeZone(identifier: journey.timeZone) ?? TimeZone(identifier: "UTC")! }

    func day(at instant: Date) -> Int {
        journey.sessionDate.days(until: LocalDate(instant, in: timeZone))
    }

    func factors(on day: LocalDate) -> ClientFactors {
        health.factors(of: client, session: session, on: day)
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

    /// Loads a journey `staff` may see, or throws 404 (also for another clinic's journey, so
    /// its existence is not revealed).
    static func load(_ id: UUID, seenBy staff: StaffMember, store: Store, parts: Parts = .all) async throws -> JourneyContext {
        try staff.requireHealthAccess()
        async let sessions = parts.contains(.sessions) ? store.sessions(journey: id) : []
        async let alert = parts.contains(.sessions) ? store.unresolvedAlertTier(journey: id) : nil
        async let plan = parts.contains(.sessions) ? store.treatmentPlan(journey: id) : nil
        guard let bundle = try await store.journeyBundle(id, depth: parts.depth),
              staff.canSee(clinic: bundle.journey.clinicID)
        else { throw APIError.notFound("journey") }
        var context = JourneyContext(bundle, sessions: parts.contains(.sessions) ? try await sessions : [bundle.session])
        context.unresolvedAlert = try await alert
        context.storedPlan = try await plan?.plan
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
        if parts.contains(.sessions) {
            context.unresolvedAlert = try await store.unresolvedAlertTier(journey: bundle.journey.id)
            context.storedPlan = try await store.treatmentPlan(journey: bundle.journey.id)?.plan
        }
        return context
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

    /// The client's plan: as staff set it, or the protocol's default.
    func plan(_ p: AftercareProtocol) -> TreatmentPlan {
        storedPlan ?? .standard(p.plan)
    }

    /// Where the next session falls in the client's plan.
    func nextStep(_ p: AftercareProtocol) -> PlanStep {
        plan(p).step(sessions.filter { $0.startedAt <= session.startedAt }.count + 1)
    }

    private func spacing(_ engine: HealingJourney, requested: LocalDate?, protocol p: AftercareProtocol) -> SpacingDecision {
        let sessionDates = sessions.filter { $0.startedAt <= session.startedAt }
            .map { LocalDate($0.startedAt, in: timeZone) }
        let rule = plan(p).spacingRule(forSession: sessionDates.count + 1, after: sessionDates.max() ?? journey.sessionDate, protocol: p)
        return SessionSpacing.next(previousSessions: sessionDates, journey: engine, openAlert: unresolvedAlert,
                                   requested: requested, rule: rule, protocol: p)
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
        let step = nextStep(p)
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
            nextSession: .init(sessionNumber: spacing.sessionNumber, step: step.kind, label: step.label.text(language),
                               plan: .init(plan(p)), summary: step.text(from: spacing.earliestDate, language),
                               earliestDate: spacing.earliestDate,
                               recommendedFrom: spacing.recommendedFrom, recommendedTo: spacing.recommendedTo,
                               blockedBy: spacing.blockedBy, reasons: spacing.explanation(language, protocol: p)))
    }
}

extension JourneyContext {
    init(_ bundle: JourneyBundle, sessions: [TreatmentSession]) {
        self.init(journey: bundle.journey, clinic: bundle.clinic, client: bundle.client, health: bundle.health,
                  session: bundle.session,
                  sessions: sessions, checkIns: bundle.checkIns, photos: bundle.photos)
    }
}
