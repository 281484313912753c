import Foundation
import StippleCore

/// The checks registration makes, shared by the API and the registration page, each naming
/// the field it refuses.
enum RegistrationCheck {
    /// The identity document was checked no later than today, and shows a client of 18 or over.
    static func identity(born: LocalDate, checkedOn: LocalDate, today: LocalDate) throws {
        guard checkedOn <= today else { throw APIError.invalid("idCheckedOn", "cannot be in the future") }
        guard born < today else { throw APIError.invalid("dateOfBirth", "must be in the past") }
        let age = AgeCheck.age(born: born, on: today)
        guard age >= AgeCheck.minimumAge else {
            throw APIError.invalid("dateOfBirth", "the client is \(age); SMP is only for clients aged \(AgeCheck.minimumAge) or over")
        }
        guard age <= 120 else { throw APIError.invalid("dateOfBirth", "is not a plausible date of birth") }
    }

    /// A way to reach the client, and the one they prefer is one they gave.
    static func contact(email: String?, phone: String?, channel: ContactChannel?) throws {
        guard email != nil || phone != nil else {
            throw APIError.invalid("email", "an email address or a mobile number is needed to send the client their link")
        }
        if channel == .email, email == nil { throw APIError.invalid("preferredChannel", "email needs an email address") }
        if channel == .sms, phone == nil { throw APIError.invalid("preferredChannel", "SMS needs a mobile number") }
    }
}
