import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Every photo of a journey's check-ins, oldest check-in first.
    public func photos(journey: UUID) async throws -> [StoredPhoto] {
        try await sql.raw("""
            SELECT \(unsafeRaw: StoredPhoto.prefixedColumns("p"))
            FROM check_in_photos p JOIN check_ins c ON c.id = p.check_in_id
            WHERE c.journey_id = \(bind: journey)
            ORDER BY c.day, c.recorded_at, p.view
            """).all().map { try StoredPhoto(row: $0, prefix: "p_") }
    }

    /// Whether any photo row names the file of these bytes.
    public func photoFileInUse(sha256: String) async throws -> Bool {
        try await sql.raw("SELECT 1 AS x FROM check_in_photos WHERE sha256 = \(bind: sha256) LIMIT 1").first() != nil
    }

    /// A photo with the journey and clinic it belongs to.
    public func photo(_ id: UUID) async throws -> PhotoOwner? {
        guard let row = try await sql.raw("""
            SELECT \(unsafeRaw: StoredPhoto.prefixedColumns("p")), j.id AS journey_id, j.clinic_id AS clinic_id
            FROM check_in_photos p JOIN check_ins c ON c.id = p.check_in_id JOIN journeys j ON j.id = c.journey_id
            WHERE p.id = \(bind: id)
            """).first()
        else { return nil }
        return PhotoOwner(photo: try StoredPhoto(row: row, prefix: "p_"), journeyID: try row.decode(column: "journey_id", as: UUID.self),
                          clinicID: try row.decode(column: "clinic_id", as: UUID.self))
    }
}
