import Foundation
import StippleStore
import Vapor

/// Who an audit event is about doing something.
enum AuditActor {
    case staff(StaffMember)
    /// The holder of a journey link.
    case client
    case system
}

extension Request {
    /// Records one read or change of health data in the audit log: by the signed-in staff member
    /// (or `actor`), now, from the peer's address. Detail is a few words, never health data.
    func audit(_ action: AuditEvent.Action, _ subject: AuditEvent.Subject, subjectID: UUID? = nil,
               clientID: UUID? = nil, clinicID: UUID? = nil, actor: AuditActor? = nil, detail: String? = nil) async throws {
        try await application.auditBatcher.record(auditEvent(action, subject, subjectID: subjectID, clientID: clientID,
                                                             clinicID: clinicID, actor: actor, detail: detail))
    }

    func auditEvent(_ action: AuditEvent.Action, _ subject: AuditEvent.Subject, subjectID: UUID? = nil,
                    clientID: UUID? = nil, clinicID: UUID? = nil, actor: AuditActor? = nil,
                    detail: String? = nil) -> AuditEvent {
        let who = actor ?? auth.get(StaffMember.self).map(AuditActor.staff) ?? .system
        let kind: AuditEvent.ActorKind, staffID: UUID?, name: String
        switch who {
        case let .staff(s): (kind, staffID, name) = (.staff, s.id, s.name)
        case .client: (kind, staffID, name) = (.client, nil, "client link")
        case .system: (kind, staffID, name) = (.system, nil, "sign-in form")
        }
        return AuditEvent(at: now, actorKind: kind, staffID: staffID, actorName: name, action: action, subject: subject,
                          subjectID: subjectID, clientID: clientID, clinicID: clinicID, detail: detail,
                          remoteAddress: clientAddress)
    }
}

struct AuditBatcherKey: StorageKey {
    typealias Value = AuditBatcher
}

extension Application {
    var auditBatcher: AuditBatcher {
        configured(AuditBatcherKey.self)
    }
}
