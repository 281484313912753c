import Foundation
import StippleCore

/// A before or after photo of a session, already cleaned and written under its hash.
public struct NewSessionPhoto: Sendable {
    public var stage: PhotoStage
    public var photo: NewPhoto

    public init(stage: PhotoStage, photo: NewPhoto) {
        self.stage = stage; self.photo = photo
    }
}
