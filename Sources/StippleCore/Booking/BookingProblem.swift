/// Something wrong with a booking form, named by the field it is in; pages and the API say it
/// in the person's language.
public enum BookingProblem: Sendable, Equatable {
    case nameMissing
    case nameTooLong
    case contactMissing
    case emailInvalid
    case phoneInvalid
    case dateOfBirthInvalid
    /// Younger than `AgeCheck.minimumAge`: refused, kindly.
    case underAge
    case concernMissing
    case languageInvalid
    case modeInvalid
    case noteTooLong

    /// The form field (and JSON property) it belongs to.
    public var field: String {
        switch self {
        case .nameMissing, .nameTooLong: "fullName"
        case .contactMissing, .emailInvalid: "email"
        case .phoneInvalid: "phone"
        case .dateOfBirthInvalid, .underAge: "dateOfBirth"
        case .concernMissing: "concern"
        case .languageInvalid: "language"
        case .modeInvalid: "mode"
        case .noteTooLong: "note"
        }
    }
}
