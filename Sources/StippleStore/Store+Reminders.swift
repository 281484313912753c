import FluentKit
import Foundation
import SQLKit
import StippleCore

enum ReminderRows {
    static let table = "reminders"
    static let attemptsTable = "reminder_attempts"
}

/// The outboxes the workers lease from: a journey's reminders, one-off messages to a client
/// (`Store+ClientMessages`) and messages about a booking (`Store+BookingMessages`). All keep
/// the same status, lease and attempt columns.
public enum Outbox: Sendable {
    case reminders, clientMessages, bookingMessages

    var table: String {
        switch self {
        case .reminders: ReminderRows.table
        case .clientMessages: "client_messages"
        case .bookingMessages: "booking_messages"
        }
    }

    var attemptsTable: String {
        switch self {
        case .reminders: ReminderRows.attemptsTable
        case .clientMessages: "client_message_attempts"
        case .bookingMessages: "booking_message_attempts"
        }
    }

    var attemptOwner: String { self == .reminders ? "reminder_id" : "message_id" }
}

extension Store {
    /// Adds reminders to a journey (sessions and follow-up bookings do this in their own
    /// transactions; the dispatch load test fills the outbox with it). A reminder of the same
    /// kind and day already there, e.g. of a follow-up cancelled after it was tried, is scheduled
    /// anew.
    public func insertReminders(_ reminders: [PlannedReminder], journey: UUID, now: Date) async throws {
        guard !reminders.isEmpty else { return }
        var insert = (writer as! any SQLDatabase).insert(into: ReminderRows.table)
            .columns("id", "journey_id", "kind", "day", "due_at", "status", "attempts", "created_at")
        for r in reminders {
            insert = insert.values(SQLBind(UUID()), SQLBind(journey), SQLBind(r.kind.rawValue), SQLBind(r.day),
                                   SQLBind(r.dueAt), SQLBind(ReminderRecord.Status.scheduled.rawValue), SQLBind(0), SQLBind(now))
        }
        try await insert
            .onConflict(with: ["journey_id", "kind", "day"]) { update in
                update.set(excludedValueOf: "due_at").set(excludedValueOf: "status").set("last_error", to: SQLLiteral.null)
            }
            .run()
    }

    public func reminders(journey: UUID) async throws -> [ReminderRecord] {
        try await sql.select().column("*").from(ReminderRows.table).where("journey_id", .equal, journey)
            .orderBy("due_at").orderBy("kind").all()
            .map { row in
                ReminderRecord(
                    id: try row.decode(column: "id", as: UUID.self), journeyID: journey,
                    kind: try storedValue(try row.decode(column: "kind", as: String.self), ReminderRows.table, "kind"),
                    day: try row.decode(column: "day", as: Int.self), dueAt: try row.decode(column: "due_at", as: Date.self),
                    status: try storedValue(try row.decode(column: "status", as: String.self), ReminderRows.table, "status"),
                    attempts: try row.decode(column: "attempts", as: Int.self),
                    lastError: try row.decode(column: "last_error", as: String?.self),
                    sentAt: try row.decode(column: "sent_at", as: Date?.self))
            }
    }

    /// Leases up to `limit` due reminders for `worker` until `leaseUntil`: scheduled ones, and
    /// ones whose earlier lease ran out (a worker that died between lease and send). On
    /// PostgreSQL `FOR UPDATE SKIP LOCKED` lets several instances lease at once without waiting
    /// for or sharing a row; SQLite runs one write at a time, which gives the same guarantee.
    public func leaseDueReminders(now: Date, worker: String, leaseUntil: Date, limit: Int) async throws -> [LeasedReminder] {
        let ids = try await leaseDue(.reminders, now: now, worker: worker, leaseUntil: leaseUntil, limit: limit)
        guard !ids.isEmpty else { return [] }
        // Read from the writer: on SQLite it has just made the change.
        return try await sqlWriter.raw("""
            SELECT r.id, r.journey_id, r.kind, r.day, r.attempts, j.session_date,
                   c.language, c.name AS clinic_name, c.time_zone, c.reminder_hour, c.missed_check_in_hour,
                   c.quiet_from, c.quiet_until, k.full_name, k.email, k.phone,
                   (SELECT l.sealed_token FROM journey_links l
                    WHERE l.journey_id = r.journey_id AND l.revoked_at IS NULL AND l.expires_at > \(bind: now)
                    ORDER BY l.created_at DESC LIMIT 1) AS sealed_token,
                   (SELECT f.starts_at FROM follow_ups f WHERE f.journey_id = r.journey_id AND f.status = 'booked'
                    ORDER BY f.starts_at LIMIT 1) AS follow_up_starts_at,
                   EXISTS (SELECT 1 FROM check_ins ci WHERE ci.journey_id = r.journey_id AND ci.day >= r.day) AS checked_in,
                   COALESCE((SELECT cs.given FROM consents cs WHERE cs.client_id = j.client_id AND cs.kind = 'healing-messages'
                             ORDER BY cs.seq DESC LIMIT 1), \(unsafeRaw: isPostgres ? "FALSE" : "0")) AS messages_consented
            FROM reminders r
            JOIN journeys j ON j.id = r.journey_id
            JOIN clinics c ON c.id = j.clinic_id
            JOIN clients k ON k.id = j.client_id
            WHERE r.id IN (\(binds: ids))
            ORDER BY r.due_at
            """).all().map { row in
                LeasedReminder(
                    id: try row.decode(column: "id", as: UUID.self),
                    journeyID: try row.decode(column: "journey_id", as: UUID.self),
                    kind: try storedValue(try row.decode(column: "kind", as: String.self), ReminderRows.table, "kind"),
                    day: try row.decode(column: "day", as: Int.self),
                    attempts: try row.decode(column: "attempts", as: Int.self),
                    sessionDate: try storedDate(try row.decode(column: "session_date", as: String.self), "journeys", "session_date"),
                    language: try storedValue(try row.decode(column: "language", as: String.self), "clinics", "language"),
                    clinicName: try row.decode(column: "clinic_name", as: String.self),
                    timeZone: try row.decode(column: "time_zone", as: String.self),
                    reminders: ReminderSettings(
                        sendHour: try row.decode(column: "reminder_hour", as: Int.self),
                        missedHour: try row.decode(column: "missed_check_in_hour", as: Int.self),
                        quietFrom: try row.decode(column: "quiet_from", as: Int.self),
                        quietUntil: try row.decode(column: "quiet_until", as: Int.self)),
                    clientName: try row.decode(column: "full_name", as: String.self),
                    email: try row.decode(column: "email", as: String?.self),
                    phone: try row.decode(column: "phone", as: String?.self),
                    sealedLinkToken: try row.decode(column: "sealed_token", as: String?.self),
                    followUpStartsAt: try row.decode(column: "follow_up_starts_at", as: Date?.self),
                    checkedIn: try Self.bool(row, "checked_in"),
                    messagesConsented: try Self.bool(row, "messages_consented"))
            }
    }

    /// Marks up to `limit` due rows of `outbox` as leased by `worker` and answers their ids.
    func leaseDue(_ outbox: Outbox, now: Date, worker: String, leaseUntil: Date, limit: Int) async throws -> [UUID] {
        let lock: SQLQueryString = isPostgres ? " FOR UPDATE SKIP LOCKED" : ""
        return try await sqlWriter.raw("""
            UPDATE \(ident: outbox.table) SET status = 'sending', leased_by = \(bind: worker), lease_until = \(bind: leaseUntil),
                   attempts = attempts + 1
            WHERE id IN (SELECT id FROM \(ident: outbox.table)
                         WHERE due_at <= \(bind: now)
                           AND (status = 'scheduled' OR (status = 'sending' AND lease_until < \(bind: now)))
                         ORDER BY due_at LIMIT \(bind: limit)\(lock))
            RETURNING id
            """).all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// What became of one leased reminder.
    public enum ReminderOutcome: Sendable, Equatable {
        case sent
        case skipped(String)
        case retry(at: Date, error: String)
        case failed(String)
        case cancelled(String)
    }

    /// A leased reminder's outcome, with the attempt it ends.
    public typealias ReminderResult = (id: UUID, attempt: Int, outcome: ReminderOutcome)

    /// Extends `worker`'s lease on those of `ids` it still holds to `until`, and answers which
    /// those are. A reminder whose lease ran out (another worker may have it now), or that was
    /// cancelled meanwhile (a withdrawn consent, a superseded journey), is not renewed: the
    /// worker must not send it.
    public func renewReminderLeases(_ ids: [UUID], worker: String, until: Date, now: Date,
                                    outbox: Outbox = .reminders) async throws -> Set<UUID> {
        guard !ids.isEmpty else { return [] }
        return Set(try await sqlWriter.raw("""
            UPDATE \(ident: outbox.table) SET lease_until = \(bind: until)
            WHERE id IN (\(binds: ids)) AND leased_by = \(bind: worker) AND status = 'sending' AND lease_until > \(bind: now)
            RETURNING id
            """).all().map { try $0.decode(column: "id", as: UUID.self) })
    }

    /// Records the outcome of each leased reminder and its attempt together. Only the worker
    /// still holding a lease may mark it: a worker whose lease ran out changes nothing.
    public func finishReminders(_ outcomes: [ReminderResult], worker: String, now: Date,
                                outbox: Outbox = .reminders) async throws {
        guard !outcomes.isEmpty else { return }
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let sent = outcomes.filter { $0.outcome == .sent }.map(\.id)
            if !sent.isEmpty {
                try await sql.raw("""
                    UPDATE \(ident: outbox.table) SET status = 'sent', sent_at = \(bind: now), lease_until = NULL, last_error = NULL
                    WHERE id IN (\(binds: sent)) AND leased_by = \(bind: worker) AND status = 'sending'
                    """).run()
            }
            for (id, _, outcome) in outcomes where outcome != .sent {
                let (status, dueAt, detail): (String, Date?, String?) = switch outcome {
                case .sent: ("sent", nil, nil)
                case let .skipped(reason): ("skipped", nil, reason)
                case let .retry(at, error): ("scheduled", at, error)
                case let .failed(reason): ("failed", nil, reason)
                case let .cancelled(reason): ("cancelled", nil, reason)
                }
                try await sql.raw("""
                    UPDATE \(ident: outbox.table) SET status = \(bind: status), due_at = COALESCE(\(bind: dueAt), due_at),
                           lease_until = NULL, last_error = \(bind: detail)
                    WHERE id = \(bind: id) AND leased_by = \(bind: worker) AND status = 'sending'
                    """).run()
            }
            var insert = sql.insert(into: outbox.attemptsTable)
                .columns("id", outbox.attemptOwner, "attempt", "worker", "at", "outcome", "detail")
            for (id, attempt, outcome) in outcomes {
                let (name, detail): (String, String?) = switch outcome {
                case .sent: ("sent", nil)
                case let .skipped(reason): ("skipped", reason)
                case let .retry(_, error): ("retry", error)
                case let .failed(reason): ("failed", reason)
                case let .cancelled(reason): ("cancelled", reason)
                }
                insert = insert.values(SQLBind(UUID()), SQLBind(id), SQLBind(attempt), SQLBind(worker), SQLBind(now),
                                       SQLBind(name), SQLBind(detail))
            }
            try await insert.run()
        }
    }

    /// How many reminders are scheduled, and when the next is due.
    public func scheduledReminders() async throws -> (count: Int, next: Date?) {
        guard let row = try await sql.raw("""
            SELECT COUNT(*) AS n, MIN(due_at) AS next FROM reminders WHERE status = 'scheduled'
            """).first()
        else { return (0, nil) }
        return (try row.decode(column: "n", as: Int.self), try? row.decode(column: "next", as: Date?.self))
    }

    /// How many attempts each outcome has, for tests and the load figures.
    public func reminderAttemptCounts() async throws -> [String: Int] {
        let rows = try await sql.raw("SELECT outcome, COUNT(*) AS n FROM reminder_attempts GROUP BY outcome").all()
        var out: [String: Int] = [:]
        for row in rows { out[try row.decode(column: "outcome", as: String.self)] = try row.decode(column: "n", as: Int.self) }
        return out
    }

    var isPostgres: Bool { sql.dialect.name == "postgresql" }

    /// SQLite answers booleans as integers, PostgreSQL as booleans.
    static func bool(_ row: any SQLRow, _ column: String) throws -> Bool {
        if let b = try? row.decode(column: column, as: Bool.self) { return b }
        return try row.decode(column: column, as: Int.self) != 0
    }
}
