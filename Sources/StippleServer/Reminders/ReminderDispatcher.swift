import Foundation
import StippleCore
import StippleStore

/// Sends due reminders: leases a batch, composes each in the clinic's language with the
/// client's current link, hands the batch to the transport, and records every outcome. A
/// failure is retried with growing delays (outside quiet hours) and given up after
/// `maxAttempts`, with the reason kept for staff.
public struct ReminderDispatcher: Sendable {
    /// What the dispatcher needs of a leased reminder or message to judge its delivery.
    protocol LeasedMessage: Sendable {
        var id: UUID { get }
        var attempts: Int { get }
        var timeZone: String { get }
        var reminders: ReminderSettings { get }
    }

    public struct Report: Sendable, Equatable {
        public var sent = 0, skipped = 0, retried = 0, failed = 0, cancelled = 0
        public var total: Int { sent + skipped + retried + failed + cancelled }

        public init() {}

        mutating func add(_ other: Report) {
            sent += other.sent; skipped += other.skipped; retried += other.retried
            failed += other.failed; cancelled += other.cancelled
        }
    }

    let store: Store
    let transport: any ReminderTransport
    let aftercareProtocol: AftercareProtocol
    let sealer: LinkSealer
    let publicURL: String
    let worker: String
    let now: @Sendable () -> Date
    var batchSize = 500
    /// How long a lease holds; a worker that dies mid-batch gives its reminders up to another
    /// after this. It must outlast `messagesPerRenewal` of the slowest deliveries (a webhook
    /// times out after 10 s, an SMTP exchange after 20 s): 10 × 20 s = 200 s < 300 s.
    var leaseSeconds: TimeInterval = 300
    /// The batch is handed to the transport this many at a time, each group only after the
    /// lease on the rest was renewed: so no message is sent after its lease has passed, however
    /// long the whole batch takes, and a reminder cancelled meanwhile is not sent.
    var messagesPerRenewal = 10
    var maxAttempts = 5

    public init(store: Store, transport: any ReminderTransport, protocol p: AftercareProtocol, sealer: LinkSealer,
                publicURL: String, worker: String, now: @escaping @Sendable () -> Date) {
        self.store = store
        self.transport = transport
        self.aftercareProtocol = p
        self.sealer = sealer
        self.publicURL = publicURL
        self.worker = worker
        self.now = now
    }

    static let noConsentReason = "the client has not agreed to healing messages"

    /// The wait before attempt `attempt + 1`: 1, 4, 16, 64 minutes, at most six hours.
    static func backoff(afterAttempt attempt: Int) -> TimeInterval {
        min(60 * pow(4, Double(max(attempt, 1) - 1)), 6 * 3600)
    }

    /// Sends every reminder and client message due now, batch by batch.
    public func dispatchDue() async throws -> Report {
        var report = Report()
        while true {
            let leased = try await lease()
            if leased.isEmpty { break }
            report.add(try await deliver(leased))
        }
        while true {
            let at = now()
            let leased = try await store.leaseDueClientMessages(now: at, worker: worker, leaseUntil: at.addingTimeInterval(leaseSeconds),
                                                                limit: batchSize)
            if leased.isEmpty { break }
            report.add(try await deliver(leased))
        }
        while true {
            let at = now()
            let leased = try await store.leaseDueBookingMessages(now: at, worker: worker, leaseUntil: at.addingTimeInterval(leaseSeconds),
                                                                 limit: batchSize)
            if leased.isEmpty { return report }
            report.add(try await deliver(leased))
        }
    }

    /// Leases one batch (exposed so tests can stop a worker between lease and send).
    func lease() async throws -> [LeasedReminder] {
        let at = now()
        return try await store.leaseDueReminders(now: at, worker: worker, leaseUntil: at.addingTimeInterval(leaseSeconds),
                                                 limit: batchSize)
    }

    func deliver(_ leased: [LeasedReminder]) async throws -> Report {
        var outcomes: [Store.ReminderResult] = []
        var outgoing: [(reminder: LeasedReminder, message: OutgoingReminder)] = []
        for r in leased {
            // Read with the lease: a withdrawal recorded before it stops the message here.
            if !r.messagesConsented {
                outcomes.append((r.id, r.attempts, .cancelled(Self.noConsentReason)))
                continue
            }
            if r.kind == .missedCheckIn, r.checkedIn {
                outcomes.append((r.id, r.attempts, .skipped("the client checked in")))
                continue
            }
            let link = r.sealedLinkToken.flatMap(sealer.open).map { publicURL + ClientRoute.today.path($0) }
            guard let zone = TimeZone(identifier: r.timeZone) else { throw StoredDataError(table: "journeys", column: "time_zone") }
            outgoing.append((r, OutgoingReminder(
                idempotencyKey: r.id.uuidString.lowercased(), journeyID: r.journeyID, kind: r.kind.rawValue, day: r.day,
                language: r.language.rawValue, clinic: r.clinicName, clientName: r.clientName, email: r.email,
                phone: r.phone,
                text: ReminderPlan.message(r.kind, day: r.day, sessionDate: r.sessionDate, protocol: aftercareProtocol,
                                           language: r.language, clientName: r.clientName,
                                           followUpTime: r.followUpStartsAt.map { CalendarPage.format($0, zone, "HH:mm") }),
                link: link)))
        }
        return try await send(outgoing.map { ($0.reminder, $0.message) }, decided: outcomes, outbox: .reminders)
    }

    /// Sends the one-off messages to clients a worker leased, each with its link opened.
    func deliver(_ leased: [LeasedClientMessage]) async throws -> Report {
        var outgoing: [(any LeasedMessage, OutgoingReminder)] = []
        for m in leased {
            let link = m.sealedToken.flatMap(sealer.open).map { token in
                publicURL + (m.kind == .screeningLink ? ClientRoute.screening : ClientRoute.today).path(token)
            }
            // The channel the client chose: an email address is left off an SMS, and the reverse.
            outgoing.append((m, OutgoingReminder(
                idempotencyKey: m.id.uuidString.lowercased(), journeyID: nil, kind: m.kind.rawValue, day: 0,
                language: m.language.rawValue, clinic: m.clinicName, clientName: m.clientName,
                email: m.channel == .email ? m.email : nil, phone: m.channel == .sms ? m.phone : nil,
                text: m.text, link: link, subject: m.subject)))
        }
        return try await send(outgoing, decided: [], outbox: .clientMessages)
    }

    /// Sends the messages about bookings a worker leased, each with its manage link opened and,
    /// by email, its calendar file.
    func deliver(_ leased: [LeasedBookingMessage]) async throws -> Report {
        let outgoing: [(any LeasedMessage, OutgoingReminder)] = leased.map { m in
            let page: PublicRoute = switch m.kind {
            case .waitlistOffer: .offer
            case .screeningLink: .bookingScreening
            default: .manage
            }
            let link = m.sealedToken.flatMap(sealer.open).map { publicURL + page.path($0) }
            return (m, OutgoingReminder(
                idempotencyKey: m.id.uuidString.lowercased(), journeyID: nil, kind: m.kind.rawValue, day: 0,
                language: m.language.rawValue, clinic: m.clinicName, clientName: m.name,
                email: m.channel == .email ? m.email : nil, phone: m.channel == .sms ? m.phone : nil,
                text: m.text, link: link, subject: m.subject, calendar: m.channel == .email ? m.calendar : nil))
        }
        return try await send(outgoing, decided: [], outbox: .bookingMessages)
    }

    /// Records what was decided without sending, then hands the rest to the transport a group
    /// at a time, each group only after the lease on the rest was renewed.
    private func send(_ outgoing: [(any LeasedMessage, OutgoingReminder)], decided outcomes: [Store.ReminderResult],
                      outbox: Outbox) async throws -> Report {
        var report = Self.report(outcomes)
        try await store.finishReminders(outcomes, worker: worker, now: now(), outbox: outbox)
        var start = 0
        while start < outgoing.count {
            // Renew the lease on everything still to send; send the next group of what is held.
            let held = try await store.renewReminderLeases(outgoing[start...].map(\.0.id), worker: worker,
                                                           until: now().addingTimeInterval(leaseSeconds), now: now(),
                                                           outbox: outbox)
            let group = outgoing[start..<min(start + messagesPerRenewal, outgoing.count)].filter { held.contains($0.0.id) }
            start += messagesPerRenewal
            guard !group.isEmpty else { continue }
            let results = await transport.deliver(group.map(\.1))
            let done = judge(group.map(\.0), results, at: now())
            try await store.finishReminders(done, worker: worker, now: now(), outbox: outbox)
            report.add(Self.report(done))
        }
        return report
    }

    /// What each delivery's result means for its message: sent, failed for good, or tried again later.
    private func judge(_ handed: [any LeasedMessage], _ results: [String: DeliveryOutcome], at: Date) -> [Store.ReminderResult] {
        var outcomes: [Store.ReminderResult] = []
        for r in handed {
            let key = r.id.uuidString.lowercased()
            switch results[key] ?? .temporaryFailure("the transport gave no answer") {
            case .delivered:
                outcomes.append((r.id, r.attempts, .sent))
            case let .permanentFailure(reason):
                outcomes.append((r.id, r.attempts, .failed(reason)))
            case let .temporaryFailure(reason):
                if r.attempts >= maxAttempts {
                    outcomes.append((r.id, r.attempts, .failed("gave up after \(r.attempts) attempts: \(reason)")))
                } else {
                    let tz = TimeZone(identifier: r.timeZone) ?? .gmt
                    let next = r.reminders.outsideQuietHours(at.addingTimeInterval(Self.backoff(afterAttempt: r.attempts)), in: tz)
                    outcomes.append((r.id, r.attempts, .retry(at: next, error: reason)))
                }
            }
        }
        return outcomes
    }

    private static func report(_ outcomes: [Store.ReminderResult]) -> Report {
        var report = Report()
        for (_, _, outcome) in outcomes {
            switch outcome {
            case .sent: report.sent += 1
            case .skipped: report.skipped += 1
            case .retry: report.retried += 1
            case .failed: report.failed += 1
            case .cancelled: report.cancelled += 1
            }
        }
        return report
    }
}

extension LeasedReminder: ReminderDispatcher.LeasedMessage {}

extension LeasedClientMessage: ReminderDispatcher.LeasedMessage {}

extension LeasedBookingMessage: ReminderDispatcher.LeasedMessage {}
