import Foundation
import StippleCore

/// A client's treatment plan as staff set it: who, and when.
public struct StoredTreatmentPlan: Sendable, Equatable {
    public var clientID: UUID
    public var plan: TreatmentPlan
    public var setBy: UUID
    public var setAt: Date
}

extension StoredTreatmentPlan {
    static let table = "treatment_plans"
}
