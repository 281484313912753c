import Foundation
import StippleCore

/// A clearance recorded against a screening: what kind, on what evidence, by whom and when.
public struct ScreeningClearance: Sendable, Equatable, Codable {
    public var id: UUID
    public var screeningID: UUID
    public var kind: ClearanceKind
    public var evidence: String
    public var recordedBy: UUID
    public var recordedByName: String
    public var recordedAt: Date
}

extension ScreeningClearance {
    static let table = "screening_clearances"
}
