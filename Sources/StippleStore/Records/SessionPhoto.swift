import Foundation
import StippleCore

/// A before or after photo of a session, as stored.
public struct SessionPhoto: Sendable, Equatable, Codable {
    public var id: UUID
    public var sessionID: UUID
    public var stage: PhotoStage
    public var view: ScalpView
    public var sha256: String
    public var contentType: String
    public var width: Int
    public var height: Int
}

extension SessionPhoto: StoredRecord {
    static let table = "session_photos"

    static let columns = ["id", "session_id", "stage", "view", "sha256", "content_type", "width", "height"]

    init(_ r: StoredRow) throws {
        self.init(id: try r.value("id"), sessionID: try r.value("session_id"), stage: try r.code("stage"),
                  view: try r.code("view"), sha256: try r.value("sha256"), contentType: try r.value("content_type"),
                  width: try r.value("width"), height: try r.value("height"))
    }
}
