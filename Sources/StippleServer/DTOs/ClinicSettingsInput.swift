import Foundation
import StippleCore
import StippleStore

/// A clinic's settings as the API and the settings page send them; `validated` names the first
/// field at fault. Opening a clinic (`ClinicInput`) checks the same fields the same way.
struct ClinicSettingsInput: Decodable {
    var emergencyNumber: String
    var urgentCareAdvice: String
    var protocolVersion: String
    var phone: String?
    var email: String?
    var reminders: ReminderSettings
    var alertTargets: AlertTargets
    var openingHours: OpeningHours

    /// `knownProtocols`: the protocol versions this server holds; a clinic follows one of them.
    func validated(knownProtocols: [String]) throws -> ClinicSettings {
        guard knownProtocols.contains(protocolVersion) else {
            throw APIError.invalid("protocolVersion", "must be a protocol this server holds: \(knownProtocols.joined(separator: ", "))")
        }
        return ClinicSettings(
            emergencyNumber: try Self.emergencyNumber(emergencyNumber),
            urgentCareAdvice: try Self.urgentCareAdvice(urgentCareAdvice),
            protocolVersion: protocolVersion,
            phone: try Self.phone(phone), email: try Self.email(email),
            reminders: try Self.reminders(reminders), alertTargets: try Self.alertTargets(alertTargets),
            openingHours: try Self.openingHours(openingHours))
    }

    static func emergencyNumber(_ number: String) throws -> String {
        guard (2...6).contains(number.count), number.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw APIError.invalid("emergencyNumber", "must be 2 to 6 digits")
        }
        return number
    }

    static func urgentCareAdvice(_ text: String) throws -> String {
        try PlainText.line(text, field: "urgentCareAdvice", maximum: UrgentCareAdvice.maximumLength)
    }

    /// Null for none; an empty text is not a number.
    static func phone(_ text: String?) throws -> String? {
        try text.map { try PlainText.phone($0, field: "phone") }
    }

    static func email(_ text: String?) throws -> String? {
        try text.map { try EmailAddress($0, field: "email").text }
    }

    static func reminders(_ settings: ReminderSettings) throws -> ReminderSettings {
        if let problem = settings.problems().first { throw APIError.invalid("reminders.\(problem.field)", problem.message) }
        return settings
    }

    static func alertTargets(_ targets: AlertTargets) throws -> AlertTargets {
        if let problem = targets.problems().first { throw APIError.invalid("alertTargets.\(problem.field)", problem.message) }
        return targets
    }

    static func openingHours(_ hours: OpeningHours) throws -> OpeningHours {
        if let problem = hours.problems().first { throw APIError(problem) }
        return hours
    }
}
