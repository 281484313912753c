/// Where a partner application stands in the pipeline, in the order it usually goes.
public enum PartnerStage: String, Sendable, Codable, CaseIterable {
    case new
    case contacted
    case introductionCall = "introduction-call"
    case discoveryDay = "discovery-day"
    case disclosureSent = "disclosure-sent"
    case agreementSigned = "agreement-signed"
    case onboarding
    case declined

    public var title: String {
        switch self {
        case .new: "New"
        case .contacted: "Contacted"
        case .introductionCall: "Introduction call"
        case .discoveryDay: "Discovery day"
        case .disclosureSent: "Disclosure sent"
        case .agreementSigned: "Agreement signed"
        case .onboarding: "Onboarding"
        case .declined: "Declined"
        }
    }
}
