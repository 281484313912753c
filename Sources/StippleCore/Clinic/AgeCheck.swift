

/// The minimum age for SMP: UK law forbids it under 18; the Netherlands forbids it on the head
/// under 16, so one chain-wide policy of 18 is simplest.
public enum AgeCheck {
    public static let minimumAge = 18

    /// Whole years between `birth` and `on`.
    public static func age(born birth: LocalDate, on day: LocalDate) -> Int {
        var years = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { years -= 1 }
        return years
    }
}
