import Foundation
import StippleCore

/// A photo to store with a new check-in (its file is already written).
public struct NewPhoto: Sendable {
    public var view: ScalpView, sha256: String, contentType: String, width: Int, height: Int, byteCount: Int

    public init(view: ScalpView, sha256: String, contentType: String, width: Int, height: Int, byteCount: Int) {
        self.view = view; self.sha256 = sha256; self.contentType = contentType
        self.width = width; self.height = height; self.byteCount = byteCount
    }
}
