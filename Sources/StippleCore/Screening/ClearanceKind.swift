/// What staff must record before treating a client whose screening warns: who cleared it, on
/// what evidence, and when. The clinic asks for the clearance; it never advises stopping a
/// medicine.
public enum ClearanceKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// Anticoagulants or a bleeding disorder: the prescriber agrees to the treatment.
    case prescriber
    /// Isotretinoin in the past 6 months: a clinician has reviewed the skin.
    case clinicianReview = "clinician-review"
    /// Keloid tendency: a test patch healed without a raised scar.
    case testPatch = "test-patch"

    public static func < (a: ClearanceKind, b: ClearanceKind) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var title: String {
        switch self {
        case .prescriber: "Prescriber's clearance"
        case .clinicianReview: "Clinician review"
        case .testPatch: "Test patch"
        }
    }

    /// What the clearance asks for, for the staff member recording it.
    public var evidenceHint: String {
        switch self {
        case .prescriber: "The prescriber's name and the letter or call that agrees to the treatment. Never advise stopping a medicine."
        case .clinicianReview: "The clinician who reviewed the skin after isotretinoin, and their conclusion."
        case .testPatch: "Where and when the test patch was placed, and how it healed."
        }
    }
}
