import Foundation

/// The pipeline's rules: when an application must first be answered, and when it may move.
public enum PartnerRule {
    /// The Dutch franchise law (Wet franchise, 2021) has the franchisor hand over the disclosure
    /// at least four weeks before the agreement is signed.
    public static let dutchWaitingDays = 28

    /// Why the application cannot move to `stage` now, or nil when it can. In the Netherlands
    /// an agreement is signed only after the disclosure was sent, and four weeks after it.
    public static func refusal(to stage: PartnerStage, country: String, disclosureSentAt: Date?, now: Date) -> String? {
        guard stage == .agreementSigned, country == "NL" else { return nil }
        guard let sent = disclosureSentAt else {
            return "In the Netherlands the disclosure is sent first, four weeks before the agreement is signed."
        }
        let allowed = sent.addingTimeInterval(TimeInterval(dutchWaitingDays * 86_400))
        if now < allowed {
            return "In the Netherlands the agreement can be signed four weeks after the disclosure was sent: from "
                + "\(allowed.formatted(.iso8601.year().month().day()))."
        }
        return nil
    }

    /// One business day after `submitted`: the same time on the next weekday, on `zone`'s clock.
    public static func firstResponseDue(submitted: Date, zone: TimeZone) -> Date {
        var day = LocalDate(submitted, in: zone).adding(days: 1)
        while day.weekday > 5 { day = day.adding(days: 1) }
        let offset = submitted.timeIntervalSince(LocalDate(submitted, in: zone).start(in: zone))
        return day.start(in: zone).addingTimeInterval(offset)
    }
}
