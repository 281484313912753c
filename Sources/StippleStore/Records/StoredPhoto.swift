import Foundation
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

extension StoredPhoto: StoredRecord {
    static let table = "check_in_photos"

    /// The columns a photo is read from, in `check_in_photos`.
    static let columns = ["id", "check_in_id", "view", "sha256", "content_type", "width", "height", "byte_count"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), checkInID: try r.value("check_in_id"), view: try r.code("view"),
                  sha256: try r.value("sha256"), contentType: try r.value("content_type"), width: try r.value("width"),
                  height: try r.value("height"), byteCount: try r.value("byte_count"))
    }
}
