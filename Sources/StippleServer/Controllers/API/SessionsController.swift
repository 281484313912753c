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
        let settings = req.settings
        let recording = SessionRecording(store: req.store, now: req.now, aftercareProtocol: settings.aftercareProtocol,
                                         linkDays: settings.journeyLinkDays, sealer: settings.linkSealer)
        let outcome = try await recording.record(body, by: staff)
        req.auditNote(clientID: outcome.client.id, clinicID: outcome.clinic.id, subjectID: outcome.session.id)
        let warnings = outcome.screening.warnings
        let path = ClientRoute.today.path(outcome.linkToken)
        let link = JourneyLinkView(journeyID: outcome.journey.id, token: outcome.linkToken, path: path,
                                   url: req.publicBaseURL + path, expiresAt: outcome.linkExpiresAt)
        let response = try created(RecordedSession(session: outcome.session, journeyID: outcome.journey.id, warnings: warnings,
                                                   link: link))
        // The answer holds the client's link: no cache keeps it.
        response.headers.cacheControl = .init(noStore: true)
        return response
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
