import Foundation

/// Who asks for a free consultation and about what, as checked from the booking form: a name,
/// an email address or a mobile number (or both), a date of birth showing they are 18 or over,
/// their concern, the language they want to hear in, and in person or by video.
public struct ConsultationRequest: Sendable, Equatable {
    public var fullName: String
    public var email: EmailAddress?
    public var phone: String?
    public var dateOfBirth: LocalDate
    public var concern: ConsultationConcern
    public var language: Language
    public var mode: ConsultationMode
    public var note: String?

    /// The channel the clinic writes to: email when there is an address, else a text message.
    public var channel: ContactChannel { email == nil ? .sms : .email }

    public init(fullName: String, email: EmailAddress?, phone: String?, dateOfBirth: LocalDate, concern: ConsultationConcern,
                language: Language, mode: ConsultationMode = .inPerson, note: String? = nil) {
        self.fullName = fullName; self.email = email; self.phone = phone; self.dateOfBirth = dateOfBirth
        self.concern = concern; self.language = language; self.mode = mode; self.note = note
    }

    /// The request, or every problem with the form at once, each naming its field. `today` is
    /// the clinic's date, for the age.
    public static func check(fullName: String?, email: String?, phone: String?, dateOfBirth: String?, concern: String?,
                             language: String?, mode: String?, note: String?, today: LocalDate)
        -> Result<ConsultationRequest, BookingProblems> {
        var problems: [BookingProblem] = []
        let name = (fullName ?? "").trimmingCharacters(in: .whitespaces)
        if name.isEmpty || name.unicodeScalars.contains(where: PlainText.isControl) { problems.append(.nameMissing) }
        else if name.count > 200 { problems.append(.nameTooLong) }
        let emailText = (email ?? "").trimmingCharacters(in: .whitespaces)
        let phoneText = (phone ?? "").trimmingCharacters(in: .whitespaces)
        var address: EmailAddress?
        var number: String?
        if emailText.isEmpty && phoneText.isEmpty { problems.append(.contactMissing) }
        if !emailText.isEmpty {
            if let parsed = try? EmailAddress(emailText) { address = parsed } else { problems.append(.emailInvalid) }
        }
        if !phoneText.isEmpty {
            if let parsed = try? PlainText.phone(phoneText) { number = parsed } else { problems.append(.phoneInvalid) }
        }
        let born = LocalDate(iso: (dateOfBirth ?? "").trimmingCharacters(in: .whitespaces))
        if let born {
            if born > today || born.year < today.year - 120 { problems.append(.dateOfBirthInvalid) }
            else if AgeCheck.age(born: born, on: today) < AgeCheck.minimumAge { problems.append(.underAge) }
        } else {
            problems.append(.dateOfBirthInvalid)
        }
        let concern = ConsultationConcern(rawValue: concern ?? "")
        if concern == nil { problems.append(.concernMissing) }
        let language = Language(rawValue: language ?? "")
        if language == nil { problems.append(.languageInvalid) }
        let mode = (mode ?? "").isEmpty ? ConsultationMode.inPerson : ConsultationMode(rawValue: mode ?? "")
        if mode == nil { problems.append(.modeInvalid) }
        let noteText = try? PlainText.note(note, field: "note", maximum: 1000)
        if noteText == nil, !(note ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.noteTooLong) }
        guard problems.isEmpty, let born, let concern, let language, let mode else { return .failure(BookingProblems(problems)) }
        return .success(ConsultationRequest(fullName: name, email: address, phone: number, dateOfBirth: born, concern: concern,
                                            language: language, mode: mode, note: noteText ?? nil))
    }
}
