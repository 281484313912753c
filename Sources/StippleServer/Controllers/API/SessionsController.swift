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
        try staff.requireHealthAccess()
        let body = try req.decodeJSON(SessionInput.self)
        let store = req.store
        guard let client = try await store.client(body.clientID), staff.canSee(clinic: client.clinicID) else {
            throw APIError.invalid("clientID", "no such client")
        }
        guard let clinic = try await store.clinic(client.clinicID) else { throw APIError.invalid("clientID", "no such client") }
        guard let technician = try await store.staffMember(body.technicianID), technician.role.isTechnician,
              technician.clinicID == clinic.id
        else {
            throw APIError.invalid("technicianID", "must be a technician of the client's clinic")
        }
        let input = try body.validated(clinicID: clinic.id, now: req.now)
        let tz = TimeZone(identifier: clinic.timeZone) ?? .gmt
        let sessionDate = LocalDate(input.startedAt, in: tz)
        let p = req.settings.aftercareProtocol
        let now = req.now
        let reminders = ReminderPlan.plan(sessionDate: sessionDate, timeZone: tz, protocol: p, settings: clinic.reminders, now: now)
        let (session, journey) = try await store.recordSession(
            input, sessionDate: sessionDate, timeZone: clinic.timeZone, protocolVersion: p.version,
            reminders: reminders, now: now)
        req.auditNote(clientID: client.id, clinicID: clinic.id, subjectID: session.id)
        let warnings = client.screening.warnings.map { ClientView.Warning(code: $0.rawValue, message: $0.message) }
        return try created(RecordedSession(session: session, journeyID: journey.id, warnings: warnings))
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
