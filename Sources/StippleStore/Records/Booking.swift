import Foundation
import StippleCore

/// An appointment booked from the public site (or a slot held while its form is filled in),
/// with who booked it as they gave their details: a booking is not a client record until the
/// consultation (`clientID`).
public struct Booking: Sendable, Equatable {
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Kept for the form being filled in, until `holdExpiresAt`.
        case held
        case booked
        case cancelled
        case noShow = "no-show"
        case attended
    }

    public var id: UUID
    public var clinicID: UUID
    public var technicianID: UUID
    public var kind: AppointmentType.Kind
    public var mode: ConsultationMode
    public var startsAt: Date
    public var endsAt: Date
    /// The appointment with its buffers: what it keeps the technician for.
    public var held: TimeRange
    public var status: Status
    public var holdExpiresAt: Date?
    /// Raised by every reschedule: a manage link works for the version it was made for.
    public var version: Int
    public var fullName: String?
    public var email: String?
    public var phone: String?
    public var dateOfBirth: LocalDate?
    public var concern: ConsultationConcern?
    public var language: Language
    public var note: String?
    public var clientID: UUID?
    public var createdAt: Date
    public var bookedAt: Date?
    public var cancelledAt: Date?
    /// "client" for the manage link, or the staff member's name.
    public var cancelledBy: String?
    /// When a no-show or an attendance was recorded.
    public var outcomeAt: Date?

    /// The channel the booking's messages go by: email when there is an address.
    public var channel: ContactChannel { email == nil ? .sms : .email }
}

extension Booking: StoredRecord {
    static let table = "bookings"

    static let columns = [
        "id", "clinic_id", "technician_id", "kind", "mode", "starts_at", "ends_at", "held_from", "held_until", "status",
        "hold_expires_at", "version", "full_name", "email", "phone", "date_of_birth", "concern", "language", "note",
        "client_id", "created_at", "booked_at", "cancelled_at", "cancelled_by", "outcome_at",
    ]

    init(_ r: StoredRow) throws {
        let born: String? = try r.value("date_of_birth")
        self.init(
            id: try r.value("id"), clinicID: try r.value("clinic_id"), technicianID: try r.value("technician_id"),
            kind: try r.code("kind"), mode: try r.code("mode"), startsAt: try r.value("starts_at"), endsAt: try r.value("ends_at"),
            held: TimeRange(start: try r.value("held_from"), end: try r.value("held_until")), status: try r.code("status"),
            holdExpiresAt: try r.value("hold_expires_at"), version: try r.value("version"), fullName: try r.value("full_name"),
            email: try r.value("email"), phone: try r.value("phone"),
            dateOfBirth: try born.map { try storedDate($0, Self.table, "date_of_birth") },
            concern: try r.optionalCode("concern"), language: try r.code("language"), note: try r.value("note"),
            clientID: try r.value("client_id"), createdAt: try r.value("created_at"), bookedAt: try r.value("booked_at"),
            cancelledAt: try r.value("cancelled_at"), cancelledBy: try r.value("cancelled_by"), outcomeAt: try r.value("outcome_at"))
    }
}
