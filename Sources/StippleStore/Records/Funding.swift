import Foundation

/// Who pays for the treatment.
public enum Funding: String, Sendable, Codable, CaseIterable {
    case `private`
    /// A public-health route where treatment is medically necessary (e.g. scar cover after injury).
    case nhsReferral = "nhs-referral"
}
