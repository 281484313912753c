/// Where a session falls in a client's treatment plan.
public enum PlanStep: Sendable, Equatable, Codable {
    /// One of the plan's sessions: "session 2 of 3".
    case session(number: Int, of: Int)
    /// The touch-up after the plan's sessions.
    case touchUp(number: Int)
    /// A top-up, years after the treatment.
    case topUp(number: Int)

    public var number: Int {
        switch self {
        case let .session(number, _), let .touchUp(number), let .topUp(number): number
        }
    }

    /// The step's name for API clients: `session`, `touch-up` or `top-up`.
    public var kind: String {
        switch self {
        case .session: "session"
        case .touchUp: "touch-up"
        case .topUp: "top-up"
        }
    }

    /// "session 2 of 3", "touch-up", "top-up", in both languages.
    public var label: LocalizedText {
        switch self {
        case let .session(number, total):
            LocalizedText([.enGB: "session \(number) of \(total)", .nlNL: "sessie \(number) van \(total)"])
        case .touchUp:
            LocalizedText([.enGB: "touch-up", .nlNL: "bijwerksessie"])
        case .topUp:
            LocalizedText([.enGB: "top-up", .nlNL: "opfrissessie"])
        }
    }

    /// "Session 2 of 3, from Tue 15 Dec" / "Sessie 2 van 3, vanaf di 15 dec"; a top-up, years
    /// away, gives the year too.
    public func text(from date: LocalDate, _ language: Language) -> String {
        let name = label.text(language)
        let capitalised = name.prefix(1).uppercased() + name.dropFirst()
        let from = language == .nlNL ? "vanaf" : "from"
        let withYear = if case .topUp = self { true } else { false }
        return "\(capitalised), \(from) \(date.text(language, withYear: withYear))"
    }
}
