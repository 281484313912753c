import Foundation
import StippleCore
import StippleStore
import Vapor

/// A clinic's settings as its staff read them and an admin sends them back.
struct ClinicSettingsView: Content {
    var clinicID: UUID
    var name: String
    var timeZone: String
    var emergencyNumber: String
    var urgentCareAdvice: String
    var protocolVersion: String
    /// The protocol versions this server holds, one of which the clinic follows.
    var protocolVersions: [String]
    var phone: String?
    var email: String?
    var reminders: ReminderSettings
    var alertTargets: AlertTargets
    var openingHours: OpeningHours

    init(_ clinic: Clinic, _ s: ClinicSettings, protocolVersions: [String]) {
        clinicID = clinic.id; name = clinic.name; timeZone = clinic.timeZone
        emergencyNumber = s.emergencyNumber; urgentCareAdvice = s.urgentCareAdvice; protocolVersion = s.protocolVersion
        self.protocolVersions = protocolVersions
        phone = s.phone; email = s.email; reminders = s.reminders; alertTargets = s.alertTargets; openingHours = s.openingHours
    }
}
