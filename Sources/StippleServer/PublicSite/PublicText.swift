import StippleCore

/// Names of the week's days on the public pages.
enum PublicText {
    static func weekday(_ day: OpeningHours.Weekday, _ lang: SiteLanguage) -> String {
        let en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let nl = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        return (lang == .nl ? nl : en)[day.number - 1]
    }

    /// "09:00–12:30, 13:30–17:30", or closed.
    static func hours(_ intervals: [OpeningHours.Interval], _ lang: SiteLanguage) -> String {
        intervals.isEmpty ? lang.t("Closed", "Gesloten") : intervals.map(\.text).joined(separator: ", ")
    }
}
