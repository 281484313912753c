import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/clinics/{clinicID}/settings`: the clinic's staff read them; an admin changes them,
/// every change audited with the names of the settings it changed.
struct ClinicSettingsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clinics", ":clinicID", "settings", use: show)
        routes.put("clinics", ":clinicID", "settings", use: update)
    }

    func show(req: Request) async throws -> ClinicSettingsView {
        let change = ClinicSettingsChange(store: req.store, aftercareProtocol: req.settings.aftercareProtocol)
        let clinic = try await change.clinic(try req.uuid("clinicID"), for: try req.staff)
        req.auditNote(clinicID: clinic.id)
        return ClinicSettingsView(clinic, try await change.current(clinic), protocolVersions: change.knownProtocols)
    }

    func update(req: Request) async throws -> ClinicSettingsView {
        let staff = try req.staff
        let change = ClinicSettingsChange(store: req.store, aftercareProtocol: req.settings.aftercareProtocol)
        let clinic = try await change.clinic(try req.uuid("clinicID"), for: staff)
        req.auditNote(clinicID: clinic.id)
        try staff.requireRole(.admin, because: "only an admin changes a clinic's settings") // before the body is read
        let outcome = try await change.apply(try req.decodeJSON(ClinicSettingsInput.self), to: clinic, by: staff)
        req.auditNote(detail: ClinicSettingsChange.summary(outcome))
        return ClinicSettingsView(outcome.clinic, outcome.settings, protocolVersions: change.knownProtocols)
    }
}
