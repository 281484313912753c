import FluentKit
import Foundation

final class ClinicModel: Model, @unchecked Sendable {
    static let schema = "clinics"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "address") var address: String
    @Field(key: "country") var country: String
    @Field(key: "time_zone") var timeZone: String
    @Field(key: "language") var language: String
    @Field(key: "emergency_number") var emergencyNumber: String
    @Field(key: "urgent_care_advice") var urgentCareAdvice: String
    @Field(key: "protocol_version") var protocolVersion: String
    @OptionalField(key: "phone") var phone: String?
    @OptionalField(key: "email") var email: String?
    @Field(key: "reminder_hour") var reminderHour: Int
    @Field(key: "missed_check_in_hour") var missedCheckInHour: Int
    @Field(key: "quiet_from") var quietFrom: Int
    @Field(key: "quiet_until") var quietUntil: Int
    @OptionalField(key: "red_response_minutes") var redResponseMinutes: Int?
    @OptionalField(key: "amber_response_hours") var amberResponseHours: Int?
    @OptionalField(key: "yellow_response_days") var yellowResponseDays: Int?

    init() {}
}
