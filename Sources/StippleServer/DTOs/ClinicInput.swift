import Foundation
import StippleCore
import StippleStore

struct ClinicInput: Decodable {
    var name: String
    var address: String
    var country: String
    var timeZone: String
    var language: String
    var emergencyNumber: String?
    var urgentCareAdvice: String?
    var protocolVersion: String?
    var phone: String?
    var email: String?
    var reminders: ReminderSettings?
    var alertTargets: AlertTargets?

    func validated(defaultProtocol: String) throws -> NewClinic {
        let name = try PlainText.line(name, field: "name")
        let address = try PlainText.line(address, field: "address", maximum: 500)
        let country = country.uppercased()
        guard country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter }) else {
            throw APIError.invalid("country", "must be an ISO 3166 two-letter code, e.g. GB or NL")
        }
        guard timeZone.contains("/") || timeZone == "UTC", TimeZone(identifier: timeZone) != nil else {
            throw APIError.invalid("timeZone", "must be an IANA time zone, e.g. Europe/London")
        }
        let language = try Language.parse(language, field: "language")
        let number = emergencyNumber ?? EmergencyNumber.forCountry(country)
        guard (2...6).contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw APIError.invalid("emergencyNumber", "must be 2 to 6 digits")
        }
        let urgentCare = try urgentCareAdvice.map {
            try PlainText.line($0, field: "urgentCareAdvice", maximum: UrgentCareAdvice.maximumLength)
        }
        let phone = try phone.map { try PlainText.phone($0, field: "phone") }
        let email = try email.map { try EmailAddress($0, field: "email").text }
        let version = try protocolVersion.map { try PlainText.line($0, field: "protocolVersion", maximum: 100) }
        let reminders = reminders ?? ReminderSettings()
        if let problem = reminders.problems().first {
            throw APIError.invalid("reminders.\(problem.field)", problem.message)
        }
        let targets = alertTargets ?? AlertTargets()
        if let problem = targets.problems().first {
            throw APIError.invalid("alertTargets.\(problem.field)", problem.message)
        }
        return NewClinic(name: name, address: address, country: country, timeZone: timeZone, language: language,
                         emergencyNumber: number, urgentCareAdvice: urgentCare, protocolVersion: version ?? defaultProtocol,
                         phone: phone, email: email, reminders: reminders, alertTargets: targets)
    }
}
