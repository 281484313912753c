import Foundation
import StippleCore

/// A clinic to create; the urgent-care advice defaults to the country's.
public struct NewClinic: Sendable {
    public var name: String, address: String, country: String, timeZone: String
    public var language: Language, emergencyNumber: String, urgentCareAdvice: String, protocolVersion: String
    public var phone: String?, email: String?
    public var reminders: ReminderSettings
    public var alertTargets: AlertTargets
    public var openingHours: OpeningHours

    public init(name: String, address: String, country: String, timeZone: String, language: Language,
                emergencyNumber: String, urgentCareAdvice: String? = nil, protocolVersion: String,
                phone: String? = nil, email: String? = nil,
                reminders: ReminderSettings = ReminderSettings(), alertTargets: AlertTargets = AlertTargets(),
                openingHours: OpeningHours = OpeningHours()) {
        self.name = name; self.address = address; self.country = country; self.timeZone = timeZone
        self.language = language; self.emergencyNumber = emergencyNumber; self.protocolVersion = protocolVersion
        self.urgentCareAdvice = urgentCareAdvice ?? UrgentCareAdvice.forCountry(country, language: language)
        self.phone = phone; self.email = email; self.reminders = reminders; self.alertTargets = alertTargets
        self.openingHours = openingHours
    }
}
