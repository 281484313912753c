import Foundation

/// One line of the audit log: who did what to which health data, when, and from where.
public struct AuditEvent: Sendable, Equatable, Codable {
    public enum ActorKind: String, Sendable, Codable { case staff, client, system }

    public enum Action: String, Sendable, Codable, CaseIterable {
        case read, create, update, delete, export
        case login, logout
        case loginFailed = "login-failed"
    }

    public enum Subject: String, Sendable, Codable, CaseIterable {
        case client, screening, session, journey, checkIn = "check-in", photo, alert, followUp = "follow-up"
        case dashboard, calendar, auditLog = "audit-log", staff, link, consent, pigmentBatch = "pigment-batch"
        case treatmentPlan = "treatment-plan"
        case clinicSettings = "clinic-settings"
        case booking
    }

    public var id: UUID
    public var at: Date
    public var actorKind: ActorKind
    public var staffID: UUID?
    /// The staff member's name at the time, or "client link", or the system's part.
    public var actorName: String
    public var action: Action
    public var subject: Subject
    public var subjectID: UUID?
    public var clientID: UUID?
    public var clinicID: UUID?
    /// A few words more (which filter, how many rows); never health data itself.
    public var detail: String?
    public var remoteAddress: String?

    public init(id: UUID = UUID(), at: Date, actorKind: ActorKind, staffID: UUID?, actorName: String, action: Action,
                subject: Subject, subjectID: UUID? = nil, clientID: UUID? = nil, clinicID: UUID? = nil,
                detail: String? = nil, remoteAddress: String? = nil) {
        self.id = id; self.at = at; self.actorKind = actorKind; self.staffID = staffID; self.actorName = actorName
        self.action = action; self.subject = subject; self.subjectID = subjectID; self.clientID = clientID
        self.clinicID = clinicID; self.detail = detail; self.remoteAddress = remoteAddress
    }
}
