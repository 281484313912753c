import Foundation
import StippleCore
import Vapor

/// A check-in photo: its view and where the caller can fetch it.
struct PhotoRef: Content {
    var id: UUID
    var view: ScalpView
    var width: Int
    var height: Int
    var url: String
}
