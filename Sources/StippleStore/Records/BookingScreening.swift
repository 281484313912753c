import Foundation
import StippleCore

/// The health questions a booker answered before their consultation, as answered.
public struct BookingScreening: Sendable, Equatable {
    public var bookingID: UUID
    /// The questionnaire's version (`ScreeningQuestionnaire.version`).
    public var version: String
    public var language: Language
    public var response: ScreeningResponse
    public var confirmedName: String
    public var completedAt: Date
}

extension BookingScreening: StoredRecord {
    static let table = "booking_screenings"

    static let columns = ["booking_id", "version", "language"] + ScreeningResponse.storedColumns + ["confirmed_name", "completed_at"]

    init(_ r: StoredRow) throws {
        self.init(
            bookingID: try r.value("booking_id"), version: try r.value("version"), language: try r.code("language"),
            response: try ScreeningResponse(stored: r),
            confirmedName: try r.value("confirmed_name"), completedAt: try r.value("completed_at"))
    }
}
