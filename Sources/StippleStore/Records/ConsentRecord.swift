import Foundation
import StippleCore

/// A consent given or withdrawn, as recorded. The latest record of each kind is what holds;
/// earlier ones stay, so the history of a consent can be shown.
public struct ConsentRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var clientID: UUID
    public var kind: ConsentKind
    public var given: Bool
    public var recordedAt: Date
    public var recordedBy: UUID
    public var recordedByName: String
    public var note: String?
}

extension ConsentRecord {
    static let table = "consents"
}
