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
        StoredPhoto(
            id: try row.decode(column: prefix + "id", as: UUID.self),
            checkInID: try row.decode(column: prefix + "check_in_id", as: UUID.self),
            view: ScalpView(rawValue: try row.decode(column: prefix + "view", as: String.self)) ?? .front,
            sha256: try row.decode(column: prefix + "sha256", as: String.self),
            contentType: try row.decode(column: prefix + "content_type", as: String.self),
            width: try row.decode(column: prefix + "width", as: Int.self),
            height: try row.decode(column: prefix + "height", as: Int.self),
            byteCount: try row.decode(column: prefix + "byte_count", as: Int.self))
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
