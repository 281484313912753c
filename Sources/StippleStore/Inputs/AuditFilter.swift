import Foundation

/// Which audit events to list.
public struct AuditFilter: Sendable {
    public var staffID: UUID?, clientID: UUID?, clinicID: UUID?
    public var subject: AuditEvent.Subject?, action: AuditEvent.Action?
    public var from: Date?, until: Date?

    public init(staffID: UUID? = nil, clientID: UUID? = nil, clinicID: UUID? = nil, subject: AuditEvent.Subject? = nil,
                action: AuditEvent.Action? = nil, from: Date? = nil, until: Date? = nil) {
        self.staffID = staffID; self.clientID = clientID; self.clinicID = clinicID; self.subject = subject
        self.action = action; self.from = from; self.until = until
    }
}
