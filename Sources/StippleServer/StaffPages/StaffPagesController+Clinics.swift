import Foundation
import StippleCore
import StippleStore
import Vapor

// The clinics a person works for: their settings (changed by an admin) and consent documents
// (a new version published by a lead technician or an admin).
extension StaffPagesController {
    func clinics(req: Request) async throws -> Response {
        let staff = try req.staff
        let all = try await req.store.clinics()
        return ClinicsPage.render(staff: staff, csrf: req.csrfToken, clinics: all.filter { staff.canSee(clinic: $0.id) })
    }

    func clinicSettings(req: Request) async throws -> Response {
        let staff = try req.staff
        let change = ClinicSettingsChange(store: req.store, aftercareProtocol: req.settings.aftercareProtocol)
        let clinic = try await change.clinic(try req.uuid("clinicID"), for: staff)
        req.auditNote(clinicID: clinic.id)
        let flash = StaffFlash.take(req)
        let page = ClinicSettingsPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic,
                                             form: ClinicSettingsForm(try await change.current(clinic)),
                                             protocolVersions: change.knownProtocols, notice: flash?.notice)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    func saveClinicSettings(req: Request) async throws -> Response {
        let staff = try req.staff
        let change = ClinicSettingsChange(store: req.store, aftercareProtocol: req.settings.aftercareProtocol)
        let clinic = try await change.clinic(try req.uuid("clinicID"), for: staff)
        req.auditNote(clinicID: clinic.id)
        try staff.requireRole(.admin, because: "only an admin changes a clinic's settings")
        var form = ClinicSettingsForm(posted: FormUpload.read(req).values)
        do {
            let outcome = try await change.apply(try form.input(), to: clinic, by: staff)
            req.auditNote(detail: ClinicSettingsChange.summary(outcome))
            let notice = outcome.changed.isEmpty ? "Nothing changed." : "Saved: \(ClinicSettingsChange.summary(outcome))."
            return StaffFlash(notice: notice).redirect(req, to: StaffRoute.clinicSettings.path(clinic.id))
        } catch let error as APIError where error.status.code < 500 && error.status != .forbidden {
            form.problem = "\(error.field.map { "\($0): " } ?? "")\(error.message)"
            form.field = error.field
            req.auditNote(detail: "refused: \(error.field ?? error.code)")
            return ClinicSettingsPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic, form: form,
                                             protocolVersions: change.knownProtocols, status: error.status)
        }
    }

    func consentDocuments(req: Request) async throws -> Response {
        let staff = try req.staff
        let documents = ConsentDocuments(store: req.store, now: req.now)
        let clinic = try await documents.clinic(try req.uuid("clinicID"), for: staff)
        req.auditNote(clinicID: clinic.id)
        let flash = StaffFlash.take(req)
        let page = ConsentDocumentsPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic,
                                               documents: try await req.store.consentDocuments(clinic: clinic.id),
                                               notice: flash?.notice)
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    struct DocumentFormInput: Decodable {
        var kind: String?
        var language: String?
        var title: String?
        var body: String?
    }

    func addConsentDocument(req: Request) async throws -> Response {
        let staff = try req.staff
        let documents = ConsentDocuments(store: req.store, now: req.now)
        let clinic = try await documents.clinic(try req.uuid("clinicID"), for: staff)
        req.auditNote(clinicID: clinic.id)
        try ConsentDocuments.requireEditor(staff)
        let input = (try? req.content.decode(DocumentFormInput.self)) ?? DocumentFormInput()
        var form = ConsentDocumentsPage.Form(kind: input.kind ?? "", language: input.language ?? "", title: input.title ?? "",
                                             body: input.body ?? "")
        do {
            let document = try await documents.addVersion(
                ConsentDocuments.Input(kind: form.kind, language: form.language, title: form.title, body: form.body), to: clinic, by: staff)
            req.auditNote(subjectID: document.id, detail: "\(document.kind.rawValue) \(document.language.rawValue) version \(document.version)")
            return StaffFlash(notice: "Version \(document.version) of “\(document.title)” is published: clients consent again at their next visit.")
                .redirect(req, to: StaffRoute.consentDocuments.path(clinic.id))
        } catch let error as APIError where error.status.code < 500 && error.status != .forbidden {
            form.problem = error.message.prefix(1).uppercased() + error.message.dropFirst() + "."
            form.field = error.field
            req.auditNote(detail: "refused: \(error.field ?? error.code)")
            return ConsentDocumentsPage.render(staff: staff, csrf: req.csrfToken, clinic: clinic,
                                               documents: try await req.store.consentDocuments(clinic: clinic.id), form: form,
                                               status: error.status)
        }
    }
}
