import Foundation
import StippleCore

/// An application to open a clinic as a partner, where it stands and its clock.
public struct PartnerApplication: Sendable, Equatable {
    public var id: UUID
    public var fullName: String
    public var email: String?
    public var phone: String?
    public var country: String
    public var region: String
    public var experience: PartnerExperience
    public var motivation: String
    public var investment: InvestmentRange
    public var language: Language
    public var stage: PartnerStage
    public var createdAt: Date
    /// One business day after it came in.
    public var firstResponseDue: Date
    /// When it first left "new".
    public var firstResponseAt: Date?
    public var disclosureSentAt: Date?
    public var agreementSignedAt: Date?

    /// Still waiting for its first answer after the day it was due.
    public func overdue(at now: Date) -> Bool { firstResponseAt == nil && stage == .new && now > firstResponseDue }
}

extension PartnerApplication: StoredRecord {
    static let table = "partner_applications"

    static let columns = [
        "id", "full_name", "email", "phone", "country", "region", "experience", "motivation", "investment", "language", "stage",
        "created_at", "first_response_due", "first_response_at", "disclosure_sent_at", "agreement_signed_at",
    ]

    init(_ r: StoredRow) throws {
        self.init(
            id: try r.value("id"), fullName: try r.value("full_name"), email: try r.value("email"), phone: try r.value("phone"),
            country: try r.value("country"), region: try r.value("region"), experience: try r.code("experience"),
            motivation: try r.value("motivation"), investment: try r.code("investment"), language: try r.code("language"),
            stage: try r.code("stage"), createdAt: try r.value("created_at"), firstResponseDue: try r.value("first_response_due"),
            firstResponseAt: try r.value("first_response_at"), disclosureSentAt: try r.value("disclosure_sent_at"),
            agreementSignedAt: try r.value("agreement_signed_at"))
    }
}
