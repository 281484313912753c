/// What still stands between a booked client and the chair: the day page lists it for each
/// client, in the order reception and the technician can act on it.
public enum ChairReadiness: Equatable, Sendable {
    case identityCheck
    case screening
    case contraindication
    case clearance(ClearanceKind)
    case consent(ConsentKind)

    /// Everything missing, nothing when the client is ready: the identity document recorded, a
    /// screening that rules nothing out with every clearance it asks for, and the consents a
    /// session needs, current.
    public static func missing(identityChecked: Bool, assessment: ScreeningAssessment?,
                               consentsCurrent: [ConsentKind: Bool]) -> [ChairReadiness] {
        var out: [ChairReadiness] = []
        if !identityChecked { out.append(.identityCheck) }
        if let assessment {
            if !assessment.contraindications.isEmpty { out.append(.contraindication) }
            out += assessment.clearancesMissing.map(ChairReadiness.clearance)
        } else {
            out.append(.screening)
        }
        out += ConsentKind.neededToTreat.filter { consentsCurrent[$0] != true }.map(ChairReadiness.consent)
        return out
    }
}
