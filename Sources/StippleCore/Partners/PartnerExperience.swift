/// An applicant's experience, as they would describe it.
public enum PartnerExperience: String, Sendable, Codable, CaseIterable {
    case none
    case beauty
    case tattoo
    case smp
    case business
}
