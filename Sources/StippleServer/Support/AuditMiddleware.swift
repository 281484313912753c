import Foundation
import StippleStore
import Vapor

/// Records every request a signed-in staff member makes to a route that reads or changes health
/// data: what was done (from the method), to what (from the route), with the outcome when it
/// was refused. Handlers add the client and clinic with `auditNote`. The event is written after
/// the response is made and before it is sent.
struct AuditMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        do {
            response = try await next.respond(to: request)
        } catch {
            let status = APIErrorMiddleware.apiError(for: error).status
            try await record(request, status: status)
            throw error
        }
        try await record(request, status: response.status)
        return response
    }

    private func record(_ request: Request, status: HTTPStatus) async throws {
        guard request.auth.has(StaffMember.self), status != .unauthorized, status.code < 500,
              let subject = AuditedRoutes.subject(request.route)
        else { return }
        let note = request.storage[AuditNoteKey.self] ?? AuditNote()
        var detail = note.detail
        if status.code >= 400 {
            detail = [detail, "refused (\(status.code))"].compactMap { $0 }.joined(separator: "; ")
        }
        try await request.audit(note.action ?? AuditedRoutes.action(request.method, request.route), note.subject ?? subject,
                                subjectID: note.subjectID ?? AuditedRoutes.subjectID(request),
                                clientID: note.clientID, clinicID: note.clinicID, detail: detail)
    }
}

struct AuditNoteKey: StorageKey {
    typealias Value = AuditNote
}

extension Request {
    func auditNote(clientID: UUID? = nil, clinicID: UUID? = nil, subjectID: UUID? = nil,
                   action: AuditEvent.Action? = nil, subject: AuditEvent.Subject? = nil, detail: String? = nil) {
        var note = storage[AuditNoteKey.self] ?? AuditNote()
        if let clientID { note.clientID = clientID }
        if let clinicID { note.clinicID = clinicID }
        if let subjectID { note.subjectID = subjectID }
        if let action { note.action = action }
        if let subject { note.subject = subject }
        if let detail { note.detail = detail }
        storage[AuditNoteKey.self] = note
    }
}
