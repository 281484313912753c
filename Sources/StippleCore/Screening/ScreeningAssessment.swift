/// What a completed screening means for treatment: what rules it out, which clearances it asks
/// for and which of those are still missing, and what the technician should simply know.
public struct ScreeningAssessment: Sendable, Equatable {
    /// Nothing clears these.
    public var contraindications: [Contraindication]
    /// Every clearance the answers ask for, recorded or not.
    public var clearancesNeeded: [ClearanceKind]
    /// Those not yet recorded.
    public var clearancesMissing: [ClearanceKind]
    /// The rest of the answers a technician should read before starting (pregnancy, diabetes …).
    public var notices: [ScreeningWarning]

    public var clearToTreat: Bool { contraindications.isEmpty && clearancesMissing.isEmpty }

    /// The clearances `answers` ask for before treatment.
    public static func clearancesNeeded(_ answers: ScreeningAnswers) -> [ClearanceKind] {
        var needed: [ClearanceKind] = []
        if answers.anticoagulants || answers.bleedingDisorder { needed.append(.prescriber) }
        if answers.isotretinoin { needed.append(.clinicianReview) }
        if answers.keloidTendency { needed.append(.testPatch) }
        return needed
    }

    /// The assessment of `answers` for a client aged `age` on the day of treatment, with the
    /// clearances recorded against this screening.
    public static func assess(_ answers: ScreeningAnswers, age: Int, cleared: Set<ClearanceKind>) -> ScreeningAssessment {
        var blocks: [Contraindication] = []
        if age < AgeCheck.minimumAge { blocks.append(.underAge) }
        if answers.scalpInfectionOrWounds { blocks.append(.scalpInfectionOrWounds) }
        if answers.chemotherapy { blocks.append(.chemotherapyInProgress) }
        let needed = clearancesNeeded(answers)
        let handled: Set<ScreeningWarning> = [.scalpInfectionOrWounds, .chemotherapy]
        return ScreeningAssessment(
            contraindications: blocks, clearancesNeeded: needed, clearancesMissing: needed.filter { !cleared.contains($0) },
            notices: answers.warnings.filter { !handled.contains($0) })
    }
}
