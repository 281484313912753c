import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Decides whether a time can still be booked, given what already keeps the technician
    /// (their bookings, live holds and follow-ups, each with its buffers), read in the writing
    /// transaction: `Availability.refusal`, with the schedules fixed by the caller.
    public typealias BookingCheck = @Sendable (_ busy: [TimeRange]) -> BookingRefusal?

    /// The messages a change sends, composed from the booking as written, in its transaction.
    public typealias BookingMessages = @Sendable (_ booking: Booking) throws -> [NewBookingMessage]

    /// Holds a slot for its form, or books it at once when the booking carries the booker's
    /// details, with its first manage link and messages. A time another booking or live hold
    /// already keeps is `BookingRefused(.taken)`: on PostgreSQL the exclusion constraint decides
    /// racing requests on any number of instances; on SQLite the check and the insert run under
    /// the database's write lock. A technician's expired holds go first, in the same transaction.
    public func placeBooking(_ b: NewBooking, linkHash: String?, messages: @escaping BookingMessages, now: Date,
                             check: @escaping BookingCheck) async throws -> Booking {
        try await retryingConflicts {
            try await translatingOverlap {
                try await writer.transaction { db in
                    let sql = db as! any SQLDatabase
                    try await Self.claim(technician: b.technicianID, clinic: b.clinicID, near: b.held, excluding: nil,
                                         now: now, check: check, on: sql)
                    let r = b.request
                    try await sql.insert(into: Booking.table)
                        .columns("id", "clinic_id", "technician_id", "kind", "mode", "starts_at", "ends_at", "held_from", "held_until",
                                 "status", "hold_expires_at", "hold_token_hash", "version", "full_name", "email", "phone",
                                 "date_of_birth", "concern", "language", "note", "created_at", "booked_at")
                        .values(SQLBind(b.id), SQLBind(b.clinicID), SQLBind(b.technicianID), SQLBind(b.type.kind.rawValue),
                                SQLBind(b.mode.rawValue), SQLBind(b.startsAt), SQLBind(b.endsAt), SQLBind(b.held.start),
                                SQLBind(b.held.end), SQLBind((r == nil ? Booking.Status.held : .booked).rawValue),
                                SQLBind(r == nil ? b.holdExpiresAt : nil), SQLBind(r == nil ? b.holdTokenHash : nil), SQLBind(1),
                                SQLBind(r?.fullName), SQLBind(r?.email?.text), SQLBind(r?.phone), SQLBind(r?.dateOfBirth.iso),
                                SQLBind(r?.concern.rawValue), SQLBind((r?.language ?? b.language).rawValue), SQLBind(r?.note),
                                SQLBind(now), SQLBind(r == nil ? nil : now))
                        .run()
                    return try await Self.finish(b.id, version: 1, linkHash: linkHash, messages: messages, now: now, on: sql)
                }
            }
        }
    }

    /// Books a held slot with the details from its form, its first manage link and messages.
    /// A hold that is gone (taken after it expired, or already booked) is `BookingNotCurrent`.
    public func confirmHold(_ id: UUID, request r: ConsultationRequest, linkHash: String, messages: @escaping BookingMessages,
                            now: Date) async throws -> Booking {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            // The status in the WHERE makes this the check: a deleted or confirmed hold updates nothing.
            let updated = try await sql.raw("""
                UPDATE bookings SET status = 'booked', hold_expires_at = NULL, hold_token_hash = NULL,
                       full_name = \(bind: r.fullName), email = \(bind: r.email?.text), phone = \(bind: r.phone),
                       date_of_birth = \(bind: r.dateOfBirth.iso), concern = \(bind: r.concern.rawValue),
                       language = \(bind: r.language.rawValue), mode = \(bind: r.mode.rawValue), note = \(bind: r.note),
                       booked_at = \(bind: now)
                WHERE id = \(bind: id) AND status = 'held'
                RETURNING id
                """).first()
            guard updated != nil else { throw BookingNotCurrent(try await Store(db).booking(id)) }
            return try await Self.finish(id, version: 1, linkHash: linkHash, messages: messages, now: now, on: sql)
        }
    }

    /// Moves a booking of version `version` to a new time (and perhaps technician), raising its
    /// version: the new manage link replaces the old, whose page then says where it went. The
    /// messages not yet sent for the old time (its reminder) are dropped, the new ones queued.
    public func rescheduleBooking(_ id: UUID, version: Int, technician: UUID, type: AppointmentType, startsAt: Date,
                                  linkHash: String, messages: @escaping BookingMessages, now: Date,
                                  check: @escaping BookingCheck) async throws -> Booking {
        let held = Availability.held(startsAt, type)
        return try await retryingConflicts {
            try await translatingOverlap {
                try await writer.transaction { db in
                    let sql = db as! any SQLDatabase
                    let current = try await Self.lockedBooking(id, on: sql)
                    guard let current, current.status == .booked, current.version == version else {
                        throw BookingNotCurrent(current)
                    }
                    try await Self.claim(technician: technician, clinic: current.clinicID, near: held, excluding: id, now: now,
                                         check: check, on: sql)
                    return try await Self.move(current, technician: technician, type: type, startsAt: startsAt, linkHash: linkHash,
                                               messages: messages, now: now, on: sql)
                }
            }
        }
    }

    /// Cancels a booked appointment of version `version` (any version when nil: the clinic's
    /// staff), freeing its time, dropping its unsent messages and queueing `messages`.
    public func cancelBooking(_ id: UUID, version: Int?, by: String, messages: @escaping BookingMessages, now: Date) async throws -> Booking {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let current = try await Self.lockedBooking(id, on: sql)
            guard let current, current.status == .booked, version == nil || current.version == version else {
                throw BookingNotCurrent(current)
            }
            try await sql.update(Booking.table)
                .set("status", to: SQLBind(Booking.Status.cancelled.rawValue)).set("cancelled_at", to: SQLBind(now))
                .set("cancelled_by", to: SQLBind(by))
                .where("id", .equal, id).run()
            try await Self.dropReminder(booking: id, on: sql)
            // Health answers for a consultation that will not happen are not kept (a client's record
            // took its own copy when the booking was put on it).
            try await sql.delete(from: BookingScreening.table).where("booking_id", .equal, id).run()
            return try await Self.finish(id, version: current.version, linkHash: nil, messages: messages, now: now, on: sql)
        }
    }

    /// Records that the booker came (`attended`) or did not (`noShow`), once the time has begun;
    /// a no-show drops the messages not yet sent.
    public func recordBookingOutcome(_ id: UUID, _ outcome: Booking.Status, by staff: UUID, now: Date) async throws -> Booking {
        precondition(outcome == .noShow || outcome == .attended)
        return try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let current = try await Self.lockedBooking(id, on: sql)
            guard let current, current.status == .booked else { throw BookingNotCurrent(current) }
            try await sql.update(Booking.table)
                .set("status", to: SQLBind(outcome.rawValue)).set("outcome_at", to: SQLBind(now))
                .set("outcome_by", to: SQLBind(staff))
                .where("id", .equal, id).run()
            try await Self.dropReminder(booking: id, on: sql)
            return try await written(Store(db).booking(id))
        }
    }

    /// Ties the booking to the client record it became at the consultation; the health questions
    /// answered for it become the client's screening (`adoptBookingScreening`).
    public func linkBooking(_ id: UUID, client: UUID) async throws {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.update(Booking.table).set("client_id", to: SQLBind(client)).where("id", .equal, id).run()
            try await Self.adoptBookingScreening(id, client: client, on: sql)
        }
    }

    // MARK: Reads

    public func booking(_ id: UUID) async throws -> Booking? {
        try await Booking.select(on: sql).where("id", .equal, id).first().map { try Booking(row: $0) }
    }

    /// The booking a manage link opens, and the version the link was made for.
    public func booking(linkHash: String) async throws -> (booking: Booking, linkVersion: Int)? {
        guard let row = try await sql.select().columns("booking_id", "version").from("booking_links")
            .where("token_hash", .equal, linkHash).first()
        else { return nil }
        let r = StoredRow(row: row, table: "booking_links")
        guard let booking = try await booking(try r.value("booking_id")) else { throw StoredDataError(table: "booking_links", column: "booking_id") }
        return (booking, try r.value("version"))
    }

    /// The hold a form's address opens, while it is still held.
    public func heldBooking(tokenHash: String) async throws -> Booking? {
        try await Booking.select(on: sql).where("hold_token_hash", .equal, tokenHash).where("status", .equal, "held")
            .first().map { try Booking(row: $0) }
    }

    /// What keeps each technician in `[from, until)`: live holds and bookings with their
    /// buffers, and booked follow-ups, leaving out `excluding` (a booking being moved).
    public func busy(technicians: [UUID], from: Date, until: Date, now: Date, excluding: UUID? = nil) async throws -> [UUID: [TimeRange]] {
        guard !technicians.isEmpty else { return [:] }
        return try await Self.busy(technicians: technicians, from: from, until: until, now: now, excluding: excluding, on: sql)
    }

    /// The clinics' bookings (nil: all) starting in `[from, until)`, with their technicians'
    /// names, earliest first; cancelled ones only when asked.
    public func bookings(clinics: [UUID]?, from: Date, until: Date, includeCancelled: Bool = false,
                         limit: Int = 2000) async throws -> [BookingListing] {
        var conditions: [SQLQueryString] = ["b.starts_at >= \(bind: from)", "b.starts_at < \(bind: until)",
                                            "b.status <> 'held'"]
        if let clinics { conditions.append("b.clinic_id IN (\(binds: clinics))") }
        if !includeCancelled { conditions.append("b.status <> 'cancelled'") }
        return try await listings(where: conditions.joined(separator: " AND "), order: "b.starts_at, b.full_name LIMIT \(bind: limit)")
    }

    /// The client's consultations, newest first, with their technicians' names.
    public func bookings(client: UUID) async throws -> [BookingListing] {
        try await listings(where: "b.client_id = \(bind: client)", order: "b.starts_at DESC")
    }

    private func listings(where condition: SQLQueryString, order: SQLQueryString) async throws -> [BookingListing] {
        let columns = Booking.columns.map { "b.\($0)" }.joined(separator: ", ")
        return try await sql.raw("""
            SELECT \(unsafeRaw: columns), s.name AS technician_name, c.name AS clinic_name, c.time_zone,
                   EXISTS (SELECT 1 FROM booking_screenings q WHERE q.booking_id = b.id) AS screened
            FROM bookings b JOIN staff s ON s.id = b.technician_id JOIN clinics c ON c.id = b.clinic_id
            WHERE \(condition) ORDER BY \(order)
            """).all().map { row in
            let r = StoredRow(row: row, table: Booking.table)
            return BookingListing(booking: try Booking(row: row), technicianName: try r.value("technician_name"),
                                  clinicName: try r.value("clinic_name"), timeZone: try r.value("time_zone"),
                                  screened: try Self.bool(row, "screened"))
        }
    }

    /// Staff of the clinic who take appointments: its technicians and lead technicians still working.
    public func bookableTechnicians(clinic: UUID) async throws -> [StaffMember] {
        try await StaffMember.select(on: sql).where("clinic_id", .equal, clinic)
            .where("role", .in, [StaffRole.technician.rawValue, StaffRole.leadTechnician.rawValue])
            .where(SQLColumn("deactivated_at"), .is, SQLLiteral.null)
            .orderBy("name").orderBy("id").all().map { try StaffMember(row: $0) }
    }

    // MARK: Inside the writing transaction

    /// Takes the write lock (SQLite), clears the technician's expired holds, reads what keeps
    /// them near `held` and asks `check`; a refusal is thrown.
    static func claim(technician: UUID, clinic: UUID, near held: TimeRange, excluding: UUID?, now: Date,
                              check: BookingCheck, on sql: any SQLDatabase) async throws {
        if sql.dialect.name != "postgresql" { try await lockForWrite(Clinic.table, clinic, on: sql) }
        try await sql.delete(from: Booking.table)
            .where("technician_id", .equal, technician).where("status", .equal, Booking.Status.held.rawValue)
            .where("hold_expires_at", .lessThanOrEqual, now)
            .run()
        let busy = try await busy(technicians: [technician], from: held.start - 86_400, until: held.end + 86_400, now: now,
                                  excluding: excluding, on: sql)
        if let refusal = check(busy[technician] ?? []) { throw BookingRefused(refusal) }
    }

    private static func busy(technicians: [UUID], from: Date, until: Date, now: Date, excluding: UUID?,
                             on sql: any SQLDatabase) async throws -> [UUID: [TimeRange]] {
        let exclude: SQLQueryString = excluding.map { "AND id <> \(bind: $0)" } ?? ""
        // Nothing booked lasts a day, so a start a day before `from` bounds the index scan on
        // both sides; without it, each read walked a technician's whole history of follow-ups.
        let earliest = from - 86_400
        let rows = try await sql.raw("""
            SELECT technician_id, held_from AS range_start, held_until AS range_end FROM bookings
            WHERE technician_id IN (\(binds: technicians)) AND held_from < \(bind: until) AND held_from > \(bind: earliest)
              AND held_until > \(bind: from)
              AND (status = 'booked' OR (status = 'held' AND hold_expires_at > \(bind: now))) \(exclude)
            UNION ALL
            SELECT technician_id, starts_at, ends_at FROM follow_ups
            WHERE technician_id IN (\(binds: technicians)) AND starts_at < \(bind: until) AND starts_at > \(bind: earliest)
              AND ends_at > \(bind: from) AND status = 'booked'
            """).all()
        var out: [UUID: [TimeRange]] = [:]
        for row in rows {
            let r = StoredRow(row: row, table: Booking.table)
            out[try r.value("technician_id"), default: []].append(TimeRange(start: try r.value("range_start"), end: try r.value("range_end")))
        }
        return out
    }

    static func lockedBooking(_ id: UUID, on sql: any SQLDatabase) async throws -> Booking? {
        try await lockForWrite(Booking.table, id, on: sql)
        return try await Booking.select(on: sql).where("id", .equal, id).first().map { try Booking(row: $0) }
    }

    /// Moves a booking (locked, checked) to a new time and technician, raising its version; its
    /// reminder for the old time goes, its new link and messages come.
    static func move(_ current: Booking, technician: UUID, type: AppointmentType, startsAt: Date, linkHash: String,
                     messages: BookingMessages, now: Date, on sql: any SQLDatabase) async throws -> Booking {
        let held = Availability.held(startsAt, type)
        try await sql.update(Booking.table)
            .set("technician_id", to: SQLBind(technician)).set("starts_at", to: SQLBind(startsAt))
            .set("ends_at", to: SQLBind(startsAt + TimeInterval(type.minutes * 60)))
            .set("held_from", to: SQLBind(held.start)).set("held_until", to: SQLBind(held.end))
            .set("version", to: SQLBind(current.version + 1))
            .where("id", .equal, current.id).run()
        try await dropReminder(booking: current.id, on: sql)
        return try await finish(current.id, version: current.version + 1, linkHash: linkHash, messages: messages, now: now, on: sql)
    }

    /// Queues messages about `booking`.
    static func queue(_ messages: [NewBookingMessage], booking: Booking, now: Date, on sql: any SQLDatabase) async throws {
        for m in messages {
            try await sql.insert(into: Outbox.bookingMessages.table)
                .columns("id", "booking_id", "clinic_id", "kind", "language", "channel", "subject", "text", "sealed_token",
                         "calendar", "due_at", "status", "attempts", "created_at")
                .values(SQLBind(UUID()), SQLBind(booking.id), SQLBind(booking.clinicID), SQLBind(m.kind.rawValue),
                        SQLBind(m.language.rawValue), SQLBind(m.channel.rawValue), SQLBind(m.subject), SQLBind(m.text),
                        SQLBind(m.sealedToken), SQLBind(m.calendar), SQLBind(m.dueAt ?? now), SQLBind("scheduled"), SQLBind(0), SQLBind(now))
                .run()
        }
    }

    /// Reads the booking back as written, adds its manage link for `version` and queues the
    /// messages composed from it.
    private static func finish(_ id: UUID, version: Int, linkHash: String?, messages: BookingMessages, now: Date,
                               on sql: any SQLDatabase) async throws -> Booking {
        let booking = try written(try await Booking.select(on: sql).where("id", .equal, id).first().map { try Booking(row: $0) })
        if let linkHash {
            try await sql.insert(into: "booking_links").columns("token_hash", "booking_id", "version", "created_at")
                .values(SQLBind(linkHash), SQLBind(id), SQLBind(version), SQLBind(now)).run()
        }
        try await queue(try messages(booking), booking: booking, now: now, on: sql)
        return booking
    }

    /// The reminder for the old time: never tried, it leaves nothing behind; being retried, it
    /// is skipped, with why. The news already queued (a confirmation) still goes.
    private static func dropReminder(booking: UUID, on sql: any SQLDatabase) async throws {
        let reminder = BookingMessageKind.reminder.rawValue
        try await sql.delete(from: Outbox.bookingMessages.table)
            .where("booking_id", .equal, booking).where("kind", .equal, reminder).where("status", .equal, "scheduled")
            .where("attempts", .equal, 0).run()
        try await sql.update(Outbox.bookingMessages.table)
            .set("status", to: SQLBind("skipped")).set("last_error", to: SQLBind("the booking changed"))
            .where("booking_id", .equal, booking).where("kind", .equal, reminder).where("status", .equal, "scheduled").run()
    }

    private func retryingConflicts<T>(_ body: () async throws -> T) async throws -> T {
        // Racing bookings may deadlock on the exclusion constraint; the retry then sees the winner.
        var attempt = 1
        while true {
            do { return try await body() } catch let error where TransientConflict.matches(error) && attempt < 5 { attempt += 1 }
        }
    }

    private func translatingOverlap<T>(_ body: () async throws -> T) async throws -> T {
        do { return try await body() } catch let error where ConstraintViolation(error) == .exclusion {
            throw BookingRefused(.taken)
        }
    }
}
