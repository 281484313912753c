import Foundation
import StippleCore
import StippleStore
import Vapor

struct CheckInView: Content {
    var id: UUID
    var journeyID: UUID
    var day: Int
    var recordedAt: Date
    var tier: TriageTier
    var score: Int
    var reasons: [String]
    var findings: [String]
    var action: String
    /// The clinic country's emergency number: the first thing an emergency's action tells the client.
    var emergencyNumber: String
    /// For a red check-in: an emergency call, or urgent care today (the clinic's advice).
    var route: TriageRoute?
    var confirmsHealing: Bool
    var answers: CheckIn
    var photos: [PhotoRef]
    /// When a person at the clinic acknowledged the alert this check-in opened.
    var seenAt: Date?
}
