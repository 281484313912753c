import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/clinics/{clinicID}/consent-documents`: every version of the clinic's documents, and
/// a new one (`ConsentDocuments`).
struct ConsentDocumentsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clinics", ":clinicID", "consent-documents", use: list)
        routes.post("clinics", ":clinicID", "consent-documents", use: create)
    }

    func list(req: Request) async throws -> [ConsentDocument] {
        let documents = ConsentDocuments(store: req.store, now: req.now)
        let clinic = try await documents.clinic(try req.uuid("clinicID"), for: try req.staff)
        return try await req.store.consentDocuments(clinic: clinic.id)
    }

    func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let documents = ConsentDocuments(store: req.store, now: req.now)
        let clinic = try await documents.clinic(try req.uuid("clinicID"), for: staff)
        try ConsentDocuments.requireEditor(staff) // refused before the body is read
        let document = try await documents.addVersion(try req.decodeJSON(ConsentDocuments.Input.self), to: clinic, by: staff)
        req.auditNote(clientID: nil, clinicID: clinic.id, subjectID: document.id,
                      detail: "\(document.kind.rawValue) \(document.language.rawValue) version \(document.version)")
        return try created(document)
    }
}

extension ConsentDocument: Content {}
