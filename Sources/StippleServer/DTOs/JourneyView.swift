import Foundation
import StippleCore
import StippleStore
import Vapor

/// A journey as the engine sees it today, in the clinic's time zone and language.
struct JourneyView: Content {
    struct ClinicRef: Codable {
        var id: UUID
        var name: String
        var timeZone: String
        var language: Language
        var emergencyNumber: String
        var urgentCareAdvice: String
    }

    struct Estimate: Codable {
        var lowerDays: Int
        var mostLikelyDays: Int
        var upperDays: Int
        var healedOnDay: Int?
        var summary: String
        var explanation: [String]
        var tableVersion: String
    }

    /// A stage on the timeline: what it is called and when. What is normal and what to do are
    /// in `today`, for the stage the client is in; the whole protocol's texts stay out of every
    /// journey response, which keeps it small (measured: JSON encoding dominated the request).
    struct Stage: Codable {
        var id: String
        var title: String
        var startDay: Int
        var endDay: Int?
        var startDate: LocalDate
        var endDate: LocalDate?
        var current: Bool
    }

    struct NextSession: Codable {
        var sessionNumber: Int
        /// Where it falls in the client's plan: `session`, `touch-up` or `top-up`.
        var step: String
        /// "session 2 of 3", in the clinic's language.
        var label: String
        var plan: TreatmentPlanView.Plan
        /// "Session 2 of 3, from Tue 15 Dec", in the clinic's language.
        var summary: String
        var earliestDate: LocalDate
        var recommendedFrom: LocalDate
        var recommendedTo: LocalDate
        var blockedBy: TriageTier?
        var reasons: [String]
    }

    var id: UUID
    var clientID: UUID
    var clientName: String
    var sessionID: UUID
    var sessionNumber: Int
    var sessionDate: LocalDate
    var clinic: ClinicRef
    var protocolVersion: String
    var day: Int
    var today: JourneyToday
    var timeline: [Stage]
    var estimate: Estimate
    var checkIns: [CheckInView]
    var nextSession: NextSession
}
