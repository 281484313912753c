import Foundation
import StippleCore

/// A clinic of the chain, with how its clients reach it and when its messages may go out.
public struct Clinic: Sendable, Equatable, Codable {
    public var id: UUID
    public var name: String
    public var address: String
    /// ISO 3166-1 alpha-2, e.g. GB, JE, NL.
    public var country: String
    /// IANA time zone, e.g. Europe/London.
    public var timeZone: String
    public var language: Language
    public var emergencyNumber: String
    /// Where clients get same-day urgent care (a fever, fast-spreading redness): not an
    /// emergency call. In the clinic's language.
    public var urgentCareAdvice: String
    public var protocolVersion: String
    /// How clients reach the clinic.
    public var phone: String?
    public var email: String?
    /// When reminders may reach the clinic's clients.
    public var reminders = ReminderSettings()
    /// How fast the clinic answers an alert, by tier.
    public var alertTargets = AlertTargets()
}

extension Clinic: StoredRecord {
    static let table = "clinics"

    /// The columns a clinic is read from, in `clinics`.
    static let columns = [
        "id", "name", "address", "country", "time_zone", "language", "emergency_number", "urgent_care_advice",
        "protocol_version", "phone", "email", "reminder_hour", "missed_check_in_hour", "quiet_from", "quiet_until",
        "red_response_minutes", "amber_response_hours", "yellow_response_days",
    ]

    init(_ r: StoredRow) throws {
        self.init(
            id: try r.value("id"), name: try r.value("name"), address: try r.value("address"),
            country: try r.value("country"), timeZone: try r.value("time_zone"), language: try r.code("language"),
            emergencyNumber: try r.value("emergency_number"), urgentCareAdvice: try r.value("urgent_care_advice"),
            protocolVersion: try r.value("protocol_version"), phone: try r.value("phone"), email: try r.value("email"),
            reminders: ReminderSettings(sendHour: try r.value("reminder_hour"), missedHour: try r.value("missed_check_in_hour"),
                                        quietFrom: try r.value("quiet_from"), quietUntil: try r.value("quiet_until")),
            // Clinics made before targets were kept have none for red alerts (`AddAlertTargetsToClinics`).
            alertTargets: AlertTargets(redMinutes: try r.value("red_response_minutes", as: Int?.self) ?? 0,
                                       amberHours: try r.value("amber_response_hours"),
                                       yellowDays: try r.value("yellow_response_days")))
    }
}

extension Clinic {
    /// The clinic's time zone. An identifier this system does not know is a `StoredDataError`:
    /// reading on in UTC would put every reminder and day boundary an hour or two off.
    public func zone() throws -> TimeZone {
        guard let zone = TimeZone(identifier: timeZone) else { throw StoredDataError(table: Self.table, column: "time_zone") }
        return zone
    }
}
