import Foundation
import StippleStore
import Vapor

/// A session just recorded, with the journey it started and the client's link to it.
struct RecordedSession: Content {
    var session: TreatmentSession
    var journeyID: UUID
    /// Screening warnings the technician should have seen before starting.
    var warnings: [ClientView.Warning]
    /// The client's private link to their healing journey, issued with it; the token is in this
    /// answer only.
    var link: JourneyLinkView
}
