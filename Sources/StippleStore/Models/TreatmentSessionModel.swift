import FluentKit
import Foundation

final class TreatmentSessionModel: Model, @unchecked Sendable {
    static let schema = "treatment_sessions"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // reference fields
    @Parent(key: "client_id") var client: ClientModel
    @Parent(key: "clinic_id") var clinic: ClinicModel
    @Parent(key: "technician_id") var technician: StaffModel

    // data fields
    @Field(key: "session_number") var sessionNumber: Int
    @Field(key: "started_at") var startedAt: Date
    @Field(key: "ended_at") var endedAt: Date
    /// Comma-separated zones.
    @Field(key: "zones") var zones: String
    @Field(key: "needle_type") var needleType: String
    @Field(key: "needle_size") var needleSize: String
    @Field(key: "depth") var depth: String
    @OptionalField(key: "dot_density") var dotDensity: Int?
    @Field(key: "pigment_product") var pigmentProduct: String
    @Field(key: "pigment_batch") var pigmentBatch: String
    @OptionalField(key: "anaesthetic") var anaesthetic: String?
    /// Comma-separated pain relief used.
    @Field(key: "pain_relief") var painRelief: String
    @Field(key: "breaks") var breaks: Int
    @OptionalField(key: "pain_reported") var painReported: Int?
    @Field(key: "bleeding") var bleeding: String
    @OptionalField(key: "notes") var notes: String?

    init() {}
}
