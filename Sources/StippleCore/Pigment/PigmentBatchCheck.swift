/// Whether a pigment batch may go into a client's skin on a day. EU tattoo-ink rules (REACH,
/// since 2022) expect the batch on every session record so a recall can reach every client; a
/// batch past its expiry date or recalled is never charted.
public enum PigmentBatchCheck {
    public enum Refusal: Error, Sendable, Equatable {
        /// The batch expired before the session's day (it may be used on its expiry date itself).
        case expired(on: LocalDate)
        case recalled

        /// Why, in a sentence for the technician.
        public var message: String {
            switch self {
            case let .expired(day): "expired on \(day.iso); choose another batch"
            case .recalled: "has been recalled; choose another batch"
            }
        }
    }

    /// Nil when the batch may be used on `sessionDate` (the clinic's local date of the session).
    public static func refusal(expiresOn: LocalDate, recalled: Bool, sessionDate: LocalDate) -> Refusal? {
        if recalled { return .recalled }
        if sessionDate > expiresOn { return .expired(on: expiresOn) }
        return nil
    }
}
