import Foundation

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
