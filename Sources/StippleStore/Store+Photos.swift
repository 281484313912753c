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
        try await sql.raw("""
            SELECT 1 AS x FROM check_in_photos WHERE sha256 = \(bind: sha256)
            UNION ALL SELECT 1 AS x FROM session_photos WHERE sha256 = \(bind: sha256)
            """).first() != nil
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

extension Store {
    /// A session's before and after photos, before first, each stage in the order of `ScalpView`.
    public func sessionPhotos(session: UUID) async throws -> [SessionPhoto] {
        let photos = try await SessionPhoto.select(on: sql).where("session_id", .equal, session).all().map { try SessionPhoto(row: $0) }
        return photos.sorted {
            ($0.stage == .before ? 0 : 1, ScalpView.allCases.firstIndex(of: $0.view)!)
                < ($1.stage == .before ? 0 : 1, ScalpView.allCases.firstIndex(of: $1.view)!)
        }
    }

    /// A session photo with the clinic it belongs to, for the staff page that serves it.
    public func sessionPhoto(_ id: UUID) async throws -> (photo: SessionPhoto, clinicID: UUID)? {
        guard let row = try await sql.raw("""
            SELECT p.id, p.session_id, p.stage, p.view, p.sha256, p.content_type, p.width, p.height, s.clinic_id
            FROM session_photos p JOIN treatment_sessions s ON s.id = p.session_id WHERE p.id = \(bind: id)
            """).first()
        else { return nil }
        return (try SessionPhoto(row: row), try row.decode(column: "clinic_id", as: UUID.self))
    }
}
