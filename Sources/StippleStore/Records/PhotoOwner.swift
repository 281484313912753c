import Foundation

/// Where a photo belongs, for deciding who may see it.
public struct PhotoOwner: Sendable {
    public var photo: StoredPhoto
    public var journeyID: UUID
    public var clinicID: UUID
}
