import FluentKit
import Foundation

final class StaffModel: Model, @unchecked Sendable {
    static let schema = "staff"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // reference fields
    @OptionalParent(key: "clinic_id") var clinic: ClinicModel?

    // data fields
    @Field(key: "name") var name: String
    @Field(key: "role") var role: String
    @OptionalField(key: "licence_number") var licenceNumber: String?

    init() {}
}

final class APITokenModel: Model, @unchecked Sendable {
    static let schema = "api_tokens"

    // managed fields
    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    // reference fields
    @Parent(key: "staff_id") var staff: StaffModel

    // data fields
    /// SHA-256 of the token, hex. The token itself is shown once and never stored.
    @Field(key: "token_hash") var tokenHash: String
    @OptionalField(key: "revoked_at") var revokedAt: Date?

    init() {}
}
