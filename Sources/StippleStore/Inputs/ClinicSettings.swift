import StippleCore

/// What a clinic's admin may change: how clients reach it and are advised, when its messages
/// go out, how fast alerts are answered, the protocol it follows and its opening hours. The
/// name, address, country, zone and language stay as the clinic was set up.
public struct ClinicSettings: Sendable, Equatable {
    public var emergencyNumber: String
    public var urgentCareAdvice: String
    public var protocolVersion: String
    public var phone: String?
    public var email: String?
    public var reminders: ReminderSettings
    public var alertTargets: AlertTargets
    public var openingHours: OpeningHours

    public init(emergencyNumber: String, urgentCareAdvice: String, protocolVersion: String, phone: String?, email: String?,
                reminders: ReminderSettings, alertTargets: AlertTargets, openingHours: OpeningHours) {
        self.emergencyNumber = emergencyNumber; self.urgentCareAdvice = urgentCareAdvice
        self.protocolVersion = protocolVersion; self.phone = phone; self.email = email
        self.reminders = reminders; self.alertTargets = alertTargets; self.openingHours = openingHours
    }

    /// The settings a clinic holds now.
    public init(_ clinic: Clinic, openingHours: OpeningHours) {
        self.init(emergencyNumber: clinic.emergencyNumber, urgentCareAdvice: clinic.urgentCareAdvice,
                  protocolVersion: clinic.protocolVersion, phone: clinic.phone, email: clinic.email,
                  reminders: clinic.reminders, alertTargets: clinic.alertTargets, openingHours: openingHours)
    }

    /// The names of the settings that differ from `other`, for the audit log.
    public func changes(from other: ClinicSettings) -> [String] {
        var out: [String] = []
        if emergencyNumber != other.emergencyNumber { out.append("emergencyNumber") }
        if urgentCareAdvice != other.urgentCareAdvice { out.append("urgentCareAdvice") }
        if protocolVersion != other.protocolVersion { out.append("protocolVersion") }
        if phone != other.phone { out.append("phone") }
        if email != other.email { out.append("email") }
        if reminders != other.reminders { out.append("reminders") }
        if alertTargets != other.alertTargets { out.append("alertTargets") }
        if openingHours != other.openingHours { out.append("openingHours") }
        return out
    }
}
