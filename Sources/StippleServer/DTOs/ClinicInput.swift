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
    var openingHours: OpeningHours?

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
        let number = try ClinicSettingsInput.emergencyNumber(emergencyNumber ?? EmergencyNumber.forCountry(country))
        let urgentCare = try urgentCareAdvice.map(ClinicSettingsInput.urgentCareAdvice)
        let phone = try ClinicSettingsInput.phone(phone)
        let email = try ClinicSettingsInput.email(email)
        let version = try protocolVersion.map { try PlainText.line($0, field: "protocolVersion", maximum: 100) }
        let reminders = try ClinicSettingsInput.reminders(reminders ?? ReminderSettings())
        let targets = try ClinicSettingsInput.alertTargets(alertTargets ?? AlertTargets())
        let hours = try ClinicSettingsInput.openingHours(openingHours ?? OpeningHours())
        return NewClinic(name: name, address: address, country: country, timeZone: timeZone, language: language,
                         emergencyNumber: number, urgentCareAdvice: urgentCare, protocolVersion: version ?? defaultProtocol,
                         phone: phone, email: email, reminders: reminders, alertTargets: targets, openingHours: hours)
    }
}
