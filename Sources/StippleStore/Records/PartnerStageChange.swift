import Foundation
import StippleCore

/// One move of a partner application: from where to where, why, by whom and when.
public struct PartnerStageChange: Sendable, Equatable {
    public var from: PartnerStage?
    public var to: PartnerStage
    public var note: String?
    /// The staff member's name; nil when the applicant sent it in.
    public var by: String?
    public var at: Date
}
