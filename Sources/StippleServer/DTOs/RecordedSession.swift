import Foundation
import StippleStore
import Vapor

struct RecordedSession: Content {
    var session: TreatmentSession
    var journeyID: UUID
    /// Screening warnings the technician should have seen before starting.
    var warnings: [ClientView.Warning]
}
