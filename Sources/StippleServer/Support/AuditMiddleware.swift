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

/// What a handler adds to its request's audit event.
struct AuditNote: Sendable {
    var action: AuditEvent.Action?
    var subject: AuditEvent.Subject?
    var subjectID: UUID?
    var clientID: UUID?
    var clinicID: UUID?
    var detail: String?
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

/// Which routes touch health data, and as what. A route of the API or the staff pages that is
/// not here is not audited; `AuditedRoutesTests` fails when a route is neither audited nor exempt.
enum AuditedRoutes {
    /// Routes that hold no health data: clinic settings, staff lists, contact details.
    static let exempt: Set<String> = [
        "GET /api/v1/clinics", "POST /api/v1/clinics", "GET /api/v1/clinics/:clinicID",
        "GET /api/v1/technicians", "POST /api/v1/technicians", "GET /api/v1/clients",
        StaffRoute.home.rawValue, StaffRoute.logout.rawValue, StaffRoute.newCalendarFeed.rawValue,
    ]

    static func key(_ route: Route) -> String {
        "\(route.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }

    static func subject(_ route: Route?) -> AuditEvent.Subject? {
        guard let route, !exempt.contains(key(route)) else { return nil }
        let parts = route.path.map(\.description)
        let tail = parts.last ?? ""
        if parts.contains("consents") { return .consent }
        if parts.contains("check-ins") { return .checkIn }
        if parts.contains("follow-up") { return .followUp }
        if parts.contains("link") { return .link }
        if parts.contains("photos") { return .photo }
        if parts.contains("alerts") { return .alert }
        if parts.contains("audit") || tail.hasPrefix("audit") { return .auditLog }
        if parts.contains("dashboard") { return .dashboard }
        if parts.contains("calendar") { return .calendar }
        if parts.contains("people") || parts.contains("tokens") { return .staff }
        if parts.contains("sessions") { return .session }
        if parts.contains("journeys") { return .journey }
        if parts.contains("clients") { return .client }
        return nil
    }

    static func action(_ method: HTTPMethod, _ route: Route?) -> AuditEvent.Action {
        // A POST to a verb changes what is already there.
        if method == .POST, let last = route?.path.last, case let .constant(verb) = last,
           ["acknowledge", "resolve", "password", "cancel", "revoke", "deactivate"].contains(verb) {
            return .update
        }
        switch method {
        case .GET, .HEAD: return .read
        case .POST: return .create
        case .DELETE: return .delete
        default: return .update
        }
    }

    /// The id in the route's last parameter, if it is one.
    static func subjectID(_ request: Request) -> UUID? {
        guard let route = request.route else { return nil }
        for component in route.path.reversed() {
            if case let .parameter(name) = component { return request.parameters.get(name).flatMap(UUID.init(uuidString:)) }
        }
        return nil
    }
}
