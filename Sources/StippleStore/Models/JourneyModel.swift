import FluentKit
import Foundation

final class JourneyModel: Model, @unchecked Sendable {
    static let schema = "journeys"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // reference fields
    @Parent(key: "session_id") var session: TreatmentSessionModel
    @Parent(key: "client_id") var client: ClientModel
    @Parent(key: "clinic_id") var clinic: ClinicModel

    // data fields
    @Field(key: "session_date") var sessionDate: String
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "protocol_version") var protocolVersion: String

    init() {}
}

final class CheckInModel: Model, @unchecked Sendable {
    static let schema = "check_ins"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // reference fields
    @Parent(key: "journey_id") var journey: JourneyModel

    // data fields
    @Field(key: "day") var day: Int
    @Field(key: "recorded_at") var recordedAt: Date
    /// The answers as JSON, in the field names of the check-in contract.
    @Field(key: "answers") var answers: String
    @Field(key: "tier") var tier: String
    @Field(key: "score") var score: Int

    init() {}
}
