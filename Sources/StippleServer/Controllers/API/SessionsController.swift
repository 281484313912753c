import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/sessions`: recording a session starts its healing journey.
struct SessionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post("sessions", use: create)
        routes.get("sessions", ":sessionID", use: show)
    }

    func create(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess() // refused before the body is read
        let body = try req.decodeJSON(SessionInput.self)
        let recording = SessionRecording(store: req.store, now: req.now, aftercareProtocol: req.settings.aftercareProtocol)
        let outcome = try await recording.record(body, by: staff)
        req.auditNote(clientID: outcome.client.id, clinicID: outcome.clinic.id, subjectID: outcome.session.id)
        let warnings = outcome.client.screening.warnings.map { ClientView.Warning(code: $0.rawValue, message: $0.message) }
        return try created(RecordedSession(session: outcome.session, journeyID: outcome.journey.id, warnings: warnings))
    }

    func show(req: Request) async throws -> TreatmentSession {
        let staff = try req.staff
        try staff.requireHealthAccess()
        guard let session = try await req.store.session(try req.uuid("sessionID")), staff.canSee(clinic: session.clinicID) else {
            throw APIError.notFound("session")
        }
        req.auditNote(clientID: session.clientID, clinicID: session.clinicID)
        return session
    }
}
