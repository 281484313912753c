import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Puts a booking on its clinic's waiting list for an earlier time. False when it is there already.
    public func joinWaitlist(booking: Booking, now: Date) async throws -> Bool {
        do {
            try await sqlWriter.insert(into: "waitlist_entries").columns("id", "booking_id", "clinic_id", "status", "created_at")
                .values(SQLBind(UUID()), SQLBind(booking.id), SQLBind(booking.clinicID), SQLBind("waiting"), SQLBind(now)).run()
            return true
        } catch let error where ConstraintViolation(error) == .unique {
            return false
        }
    }

    /// Whether the booking waits for an earlier time (or has one offered).
    public func isWaiting(booking: UUID) async throws -> Bool {
        try await sql.select().column("id").from("waitlist_entries").where("booking_id", .equal, booking)
            .where("status", .in, ["waiting", "offered"]).first() != nil
    }

    /// Offers a freed time to the first in line at the clinic: the earliest entry still waiting
    /// whose booking is later than the time and who was not offered this time before. The time
    /// is held for them until `expiresAt` (a held row, under the same guard as any booking) and
    /// `message` is queued for their booking, all in one transaction. Returns the offer, or nil
    /// when nobody is waiting or the time is no longer free.
    public func offerFreedTime(clinic: UUID, technician: UUID, type: AppointmentType, startsAt: Date, tokenHash: String,
                               expiresAt: Date, now: Date, check: @escaping BookingCheck,
                               message: @escaping @Sendable (Booking) throws -> NewBookingMessage) async throws -> WaitlistOffer? {
        do {
            return try await writer.transaction { db in
                let sql = db as! any SQLDatabase
                guard let row = try await sql.raw("""
                    SELECT e.id, e.booking_id FROM waitlist_entries e JOIN bookings b ON b.id = e.booking_id
                    WHERE e.clinic_id = \(bind: clinic) AND e.status = 'waiting' AND b.status = 'booked' AND b.starts_at > \(bind: startsAt)
                      AND NOT EXISTS (SELECT 1 FROM waitlist_offers o WHERE o.entry_id = e.id AND o.technician_id = \(bind: technician)
                                      AND o.starts_at = \(bind: startsAt))
                    ORDER BY e.created_at, e.id LIMIT 1
                    """).first()
                else { return nil }
                let r = StoredRow(row: row, table: "waitlist_entries")
                let entry: UUID = try r.value("id"), waiterID: UUID = try r.value("booking_id")
                let waiter = try written(try await Booking.select(on: sql).where("id", .equal, waiterID).first().map { try Booking(row: $0) })
                try await Self.claim(technician: technician, clinic: clinic, near: Availability.held(startsAt, type), excluding: nil,
                                     now: now, check: check, on: sql)
                let hold = UUID(), held = Availability.held(startsAt, type)
                try await sql.insert(into: Booking.table)
                    .columns("id", "clinic_id", "technician_id", "kind", "mode", "starts_at", "ends_at", "held_from", "held_until",
                             "status", "hold_expires_at", "version", "language", "created_at")
                    .values(SQLBind(hold), SQLBind(clinic), SQLBind(technician), SQLBind(type.kind.rawValue), SQLBind(waiter.mode.rawValue),
                            SQLBind(startsAt), SQLBind(startsAt + TimeInterval(type.minutes * 60)), SQLBind(held.start), SQLBind(held.end),
                            SQLBind(Booking.Status.held.rawValue), SQLBind(expiresAt), SQLBind(1), SQLBind(waiter.language.rawValue),
                            SQLBind(now))
                    .run()
                let offer = WaitlistOffer(id: UUID(), bookingID: waiterID, clinicID: clinic, technicianID: technician, startsAt: startsAt,
                                          expiresAt: expiresAt, status: .open)
                try await sql.insert(into: "waitlist_offers")
                    .columns("id", "entry_id", "hold_id", "token_hash", "clinic_id", "technician_id", "starts_at", "expires_at", "status",
                             "created_at")
                    .values(SQLBind(offer.id), SQLBind(entry), SQLBind(hold), SQLBind(tokenHash), SQLBind(clinic), SQLBind(technician),
                            SQLBind(startsAt), SQLBind(expiresAt), SQLBind("open"), SQLBind(now))
                    .run()
                try await sql.update("waitlist_entries").set("status", to: SQLBind("offered")).where("id", .equal, entry).run()
                try await Self.queue([try message(waiter)], booking: waiter, now: now, on: sql)
                return offer
            }
        } catch is BookingRefused {
            return nil
        } catch let error where ConstraintViolation(error) == .exclusion {
            return nil
        }
    }

    /// Ends the offers whose 30 minutes are over: their holds go, their people wait again (for
    /// other times). Returns them, for the next in line.
    public func lapseOffers(now: Date) async throws -> [WaitlistOffer] {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            let due = try await Self.offers(on: sql, "o.status = 'open' AND o.expires_at <= \(bind: now)")
            for offer in due {
                try await sql.raw("""
                    DELETE FROM bookings WHERE status = 'held' AND id = (SELECT hold_id FROM waitlist_offers WHERE id = \(bind: offer.id))
                    """).run()
                try await sql.update("waitlist_offers").set("status", to: SQLBind("lapsed")).where("id", .equal, offer.id).run()
                try await sql.raw("""
                    UPDATE waitlist_entries SET status = 'waiting'
                    WHERE status = 'offered' AND id = (SELECT entry_id FROM waitlist_offers WHERE id = \(bind: offer.id))
                    """).run()
            }
            return due.map { var o = $0; o.status = .lapsed; return o }
        }
    }

    /// The offer a token opens, with the booking it would move.
    public func waitlistOffer(tokenHash: String) async throws -> WaitlistOffer? {
        try await Self.offers(on: sql, "o.token_hash = \(bind: tokenHash)").first
    }

    /// Takes an open offer: its hold goes and the booking moves to its time, with a new manage
    /// link and its messages, in one transaction. A lapsed or taken offer is `BookingNotCurrent`.
    public func acceptOffer(tokenHash: String, type: AppointmentType, linkHash: String, now: Date,
                            messages: @escaping BookingMessages) async throws -> Booking {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            guard let offer = try await Self.offers(on: sql, "o.token_hash = \(bind: tokenHash)").first else { throw BookingNotCurrent(nil) }
            try await Self.lockForWrite("waitlist_offers", offer.id, on: sql)
            let current = try await Self.lockedBooking(offer.bookingID, on: sql)
            let fresh = try await Self.offers(on: sql, "o.id = \(bind: offer.id)").first
            guard fresh?.status == .open, offer.expiresAt > now, let current, current.status == .booked else {
                throw BookingNotCurrent(current)
            }
            try await sql.raw("DELETE FROM bookings WHERE status = 'held' AND id = (SELECT hold_id FROM waitlist_offers WHERE id = \(bind: offer.id))")
                .run()
            let moved = try await Self.move(current, technician: offer.technicianID, type: type, startsAt: offer.startsAt, linkHash: linkHash,
                                            messages: messages, now: now, on: sql)
            try await sql.update("waitlist_offers").set("status", to: SQLBind("accepted")).where("id", .equal, offer.id).run()
            try await sql.raw("""
                UPDATE waitlist_entries SET status = 'moved' WHERE id = (SELECT entry_id FROM waitlist_offers WHERE id = \(bind: offer.id))
                """).run()
            return moved
        }
    }

    private static func offers(on sql: any SQLDatabase, _ condition: SQLQueryString) async throws -> [WaitlistOffer] {
        try await sql.raw("""
            SELECT o.id, e.booking_id, o.clinic_id, o.technician_id, o.starts_at, o.expires_at, o.status
            FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id WHERE \(condition) ORDER BY o.expires_at
            """).all().map { row in
            let r = StoredRow(row: row, table: "waitlist_offers")
            return WaitlistOffer(id: try r.value("id"), bookingID: try r.value("booking_id"), clinicID: try r.value("clinic_id"),
                                 technicianID: try r.value("technician_id"), startsAt: try r.value("starts_at"),
                                 expiresAt: try r.value("expires_at"), status: try r.code("status"))
        }
    }
}
