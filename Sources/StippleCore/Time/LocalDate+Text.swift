extension LocalDate {
    /// "Fri 20 Nov 2026" / "vr 20 nov 2026": short, unambiguous in both languages, and
    /// independent of the host's locale data.
    public func text(_ language: Language, withYear: Bool = true) -> String {
        let names = LocalDate.names[language] ?? LocalDate.names[.enGB]!
        let base = "\(names.weekdays[weekday - 1]) \(day) \(names.months[month - 1])"
        return withYear ? "\(base) \(year)" : base
    }

    private static let names: [Language: (weekdays: [String], months: [String])] = [
        .enGB: (["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
        .nlNL: (["ma", "di", "wo", "do", "vr", "za", "zo"],
                ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]),
    ]
}
