import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Keeps the health questions a booker answered through the manage link of `version`, while
    /// that link is the booking's current one and it is booked. Nil when it is not (moved,
    /// cancelled, over) or the questions were answered already: the unique booking keeps one.
    public func completeBookingScreening(booking id: UUID, version: Int, language: Language, response r: ScreeningResponse,
                                         confirmedName: String, remoteAddress: String?, userAgent: String?,
                                         now: Date) async throws -> BookingScreening? {
        do {
            return try await writer.transaction { db in
                let sql = db as! any SQLDatabase
                guard let current = try await Self.lockedBooking(id, on: sql), current.status == .booked, current.version == version
                else { return nil }
                try await sql.insert(into: BookingScreening.table)
                    .columns(["id", "booking_id", "version", "language"] + ScreeningResponse.storedColumns
                             + ["confirmed_name", "completed_at", "remote_address", "user_agent"])
                    .values([SQLBind(UUID()), SQLBind(id), SQLBind(ScreeningQuestionnaire.current.version), SQLBind(language.rawValue)]
                            + r.storedValues + [SQLBind(confirmedName), SQLBind(now), SQLBind(remoteAddress), SQLBind(userAgent)])
                    .run()
                return BookingScreening(bookingID: id, version: ScreeningQuestionnaire.current.version, language: language,
                                        response: r, confirmedName: confirmedName, completedAt: now)
            }
        } catch let error where ConstraintViolation(error) == .unique {
            return nil
        }
    }

    /// The health questions answered for the booking, if they were.
    public func bookingScreening(_ booking: UUID) async throws -> BookingScreening? {
        try await BookingScreening.select(on: sql).where("booking_id", .equal, booking).first().map { try BookingScreening(row: $0) }
    }

    /// Deletes the answers of consultations that began before `before` and were never put on a
    /// client record (the booker did not come, or came and went no further). Returns how many.
    public func dropUnclaimedBookingScreenings(before: Date) async throws -> Int {
        try await sqlWriter.raw("""
            DELETE FROM booking_screenings WHERE booking_id IN (
                SELECT id FROM bookings WHERE client_id IS NULL AND starts_at < \(bind: before))
            RETURNING id
            """).all().count
    }

    /// Makes the booking's answers the client's current screening, unless the client has one
    /// completed since; inside the transaction that puts the booking on their record.
    static func adoptBookingScreening(_ booking: UUID, client: UUID, on sql: any SQLDatabase) async throws {
        guard let answered = try await BookingScreening.select(on: sql).where("booking_id", .equal, booking).first()
            .map({ try BookingScreening(row: $0) })
        else { return }
        if let current = try await sql.raw("""
            SELECT sc.completed_at FROM client_health h JOIN screenings sc ON sc.id = h.screening_id WHERE h.client_id = \(bind: client)
            """).first()?.decode(column: "completed_at", as: Date.self), current >= answered.completedAt {
            return
        }
        _ = try await insertScreening(NewScreening(clientID: client, version: answered.version, language: answered.language,
                                                   response: answered.response, confirmedName: answered.confirmedName,
                                                   channel: .link, recordedBy: nil),
                                      now: answered.completedAt, on: sql)
    }
}
