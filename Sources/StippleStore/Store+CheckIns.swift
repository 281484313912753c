import FluentKit
import Foundation
import SQLKit
import StippleCore

// Writing a check-in: its row, its photos, the alert it opens and the dashboard's copy.
extension Store {
    /// Stores a check-in with its photos' rows and the alert it opens, in one transaction (one
    /// insert when there is nothing beside it). Photos need the client's consent to photos in the
    /// record at that moment: without it nothing is written and `ConsentMissing` is thrown.
    public func addCheckIn(journey: UUID, day: Int, recordedAt: Date, answers: CheckIn,
                           tier: TriageTier, score: Int, photos: [NewPhoto] = [], alert: NewAlert? = nil) async throws -> StoredCheckIn {
        let id = UUID()
        @Sendable func insert(_ sql: any SQLDatabase) async throws {
            // Photos are kept only under a consent to photos in the record that holds as the rows go in.
            if !photos.isEmpty {
                let row = try await sql.raw("SELECT client_id FROM journeys WHERE id = \(bind: journey)").first()
                guard let client = try row?.decode(column: "client_id", as: UUID.self) else { throw StoreError() }
                try await Self.lockClient(client, on: sql)
                guard try await Self.consentGiven(client: client, kind: .photosInRecord, on: sql) else {
                    throw ConsentMissing(.photosInRecord)
                }
            }
            try await sql.insert(into: StoredCheckIn.table)
                .columns("id", "journey_id", "day", "recorded_at", "answers", "tier", "score", "created_at")
                .values(SQLBind(id), SQLBind(journey), SQLBind(day), SQLBind(recordedAt), SQLBind(Codecs.json(answers)),
                        SQLBind(tier.rawValue), SQLBind(score), SQLBind(recordedAt))
                .run()
            for photo in photos {
                try await sql.insert(into: StoredPhoto.table)
                    .columns("id", "check_in_id", "view", "sha256", "content_type", "width", "height", "byte_count", "created_at")
                    .values(SQLBind(UUID()), SQLBind(id), SQLBind(photo.view.rawValue), SQLBind(photo.sha256),
                            SQLBind(photo.contentType), SQLBind(photo.width), SQLBind(photo.height),
                            SQLBind(photo.byteCount), SQLBind(recordedAt))
                    .run()
            }
            if let alert { try await insertAlert(alert, checkIn: id, journey: journey, at: recordedAt, on: sql) }
            // The dashboard's copy of the latest check-in; an earlier one sent late leaves it be.
            try await sql.raw("""
                UPDATE journeys SET last_check_in_at = \(bind: recordedAt), last_check_in_day = \(bind: day),
                       last_tier = \(bind: tier.rawValue), last_severity = \(bind: tier.severity)
                WHERE id = \(bind: journey) AND (last_check_in_at IS NULL OR last_check_in_at <= \(bind: recordedAt))
                """).run()
        }
        try await writer.transaction { db in try await insert(db as! any SQLDatabase) }
        return StoredCheckIn(id: id, journeyID: journey, day: day, recordedAt: recordedAt, answers: answers,
                             tier: tier, score: score)
    }
}
