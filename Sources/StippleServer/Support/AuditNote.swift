import Foundation
import StippleStore

/// What a handler adds to its request's audit event.
struct AuditNote: Sendable {
    var action: AuditEvent.Action?
    var subject: AuditEvent.Subject?
    var subjectID: UUID?
    var clientID: UUID?
    var clinicID: UUID?
    var detail: String?
}
