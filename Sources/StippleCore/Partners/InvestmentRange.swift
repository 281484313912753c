/// What an applicant could invest in a clinic of their own.
public enum InvestmentRange: String, Sendable, Codable, CaseIterable {
    case under25k = "under-25k"
    case from25kTo50k = "25k-50k"
    case from50kTo100k = "50k-100k"
    case over100k = "over-100k"
}
