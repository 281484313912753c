/// Excessive bleeding is not typical in SMP and can point to a bleeding disorder or a blood
/// thinner the client did not disclose: when it happens to a client whose screening declares
/// neither, the record is flagged until the technician has gone through the screening with
/// them again (a new screening after the session clears it).
public enum BleedingReview {
    public static func needed(excessiveBleeding: Bool, screening answers: ScreeningAnswers) -> Bool {
        excessiveBleeding && !answers.bleedingDisorder && !answers.anticoagulants
    }
}
