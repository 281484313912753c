import FluentKit
import Foundation
import SQLKit
import StippleCore

/// A photo of a check-in, as stored: the image itself is a file named by `sha256`.
public struct StoredPhoto: Sendable, Equatable, Codable {
    public var id: UUID
    public var checkInID: UUID
    public var view: ScalpView
    public var sha256: String
    public var contentType: String
    public var width: Int
    public var height: Int
    public var byteCount: Int

    public init(id: UUID, checkInID: UUID, view: ScalpView, sha256: String, contentType: String,
                width: Int, height: Int, byteCount: Int) {
        self.id = id; self.checkInID = checkInID; self.view = view; self.sha256 = sha256
        self.contentType = contentType; self.width = width; self.height = height; self.byteCount = byteCount
    }
}

/// A photo to store with a new check-in (its file is already written).
public struct NewPhoto: Sendable {
    public var view: ScalpView, sha256: String, contentType: String, width: Int, height: Int, byteCount: Int

    public init(view: ScalpView, sha256: String, contentType: String, width: Int, height: Int, byteCount: Int) {
        self.view = view; self.sha256 = sha256; self.contentType = contentType
        self.width = width; self.height = height; self.byteCount = byteCount
    }
}

/// Where a photo belongs, for deciding who may see it.
public struct PhotoOwner: Sendable {
    public var photo: StoredPhoto
    public var journeyID: UUID
    public var clinicID: UUID
}

enum PhotoRows {
    static let table = "check_in_photos"

    static func record(_ row: any SQLRow) throws -> StoredPhoto { try record(row, prefix: "") }

    static func record(_ row: any SQLRow, prefix: String) throws -> StoredPhoto {
        try record(typed(row), prefix: prefix)
    }

    static func record(_ row: any TypedRow, prefix: String) throws -> StoredPhoto {
        StoredPhoto(
            id: try row.uuid(prefix + "id"), checkInID: try row.uuid(prefix + "check_in_id"),
            view: try storedValue(try row.string(prefix + "view"), table, "view"),
            sha256: try row.string(prefix + "sha256"), contentType: try row.string(prefix + "content_type"),
            width: try row.int(prefix + "width"), height: try row.int(prefix + "height"),
            byteCount: try row.int(prefix + "byte_count"))
    }
}

extension Store {
    /// Every photo of a journey's check-ins, oldest check-in first.
    public func photos(journey: UUID) async throws -> [StoredPhoto] {
        try await sql.raw("""
            SELECT p.id, p.check_in_id, p.view, p.sha256, p.content_type, p.width, p.height, p.byte_count
            FROM check_in_photos p JOIN check_ins c ON c.id = p.check_in_id
            WHERE c.journey_id = \(bind: journey)
            ORDER BY c.day, c.recorded_at, p.view
            """).all().map(PhotoRows.record)
    }

    /// Whether any photo row names the file of these bytes.
    public func photoFileInUse(sha256: String) async throws -> Bool {
        try await sql.raw("SELECT 1 AS x FROM check_in_photos WHERE sha256 = \(bind: sha256) LIMIT 1").first() != nil
    }

    /// A photo with the journey and clinic it belongs to.
    public func photo(_ id: UUID) async throws -> PhotoOwner? {
        guard let row = try await sql.raw("""
            SELECT p.id, p.check_in_id, p.view, p.sha256, p.content_type, p.width, p.height, p.byte_count,
                   j.id AS journey_id, j.clinic_id AS clinic_id
            FROM check_in_photos p JOIN check_ins c ON c.id = p.check_in_id JOIN journeys j ON j.id = c.journey_id
            WHERE p.id = \(bind: id)
            """).first()
        else { return nil }
        return PhotoOwner(photo: try PhotoRows.record(row), journeyID: try row.decode(column: "journey_id", as: UUID.self),
                          clinicID: try row.decode(column: "clinic_id", as: UUID.self))
    }
}
