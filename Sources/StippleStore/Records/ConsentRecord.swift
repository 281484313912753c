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
    /// The staff member who recorded it, or who stood beside the client at the tablet; nil when
    /// the client did it on their own phone.
    public var recordedBy: UUID?
    public var recordedByName: String?
    public var note: String?
    public var channel: ConsentChannel
    /// The document's version and the SHA-256 of its text, when a document was signed.
    public var documentVersion: Int?
    public var textSHA256: String?
    /// The name the client typed to sign.
    public var signerName: String?
}

extension ConsentRecord {
    static let table = "consents"
}
