import Foundation
import StippleCore
import StippleStore
import Vapor

// The screening from the client record: sending the link, the questionnaire on the tablet,
// clearances and the skin assessment (`ScreeningLinks`, `ScreeningRecording`).
extension StaffPagesController {
    struct ClearanceFormInput: Content {
        var kind: String?
        var evidence: String?
    }

    struct SkinFormInput: Content {
        var skinType: String?
        var thickSkin: String?
    }

    func sendScreeningLink(req: Request) async throws -> Response {
        let staff = try req.staff
        let (client, clinic) = try await recordClient(req, staff)
        do {
            let settings = req.settings
            _ = try await ScreeningLinks(store: req.store, now: req.now, sealer: settings.linkSealer)
                .send(to: client, clinic: clinic, by: staff)
            req.auditNote(detail: "screening link sent")
            let to = client.preferredChannel == .email ? "by email" : "by SMS"
            return StaffFlash(notice: "The screening link is on its way to \(client.fullName) \(to).")
                .redirect(req, to: StaffRoute.client.path(client.id) + "#screening")
        } catch {
            return try await screeningRefused(req, staff, error)
        }
    }

    func screeningForm(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let (client, _) = try await recordClient(req, staff)
        return TabletScreeningPage.render(client: client, staff: staff, csrf: req.csrfToken)
    }

    func submitScreening(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let (client, _) = try await recordClient(req, staff)
        var form = ScreeningForm(values: FormUpload.read(req).values)
        form.values["_csrf"] = nil
        guard let response = form.response(confirming: client.fullName, language: client.preferredLanguage) else {
            req.auditNote(detail: "refused: \(form.field ?? "")")
            return TabletScreeningPage.render(client: client, staff: staff, csrf: req.csrfToken, form: form,
                                              status: .unprocessableEntity)
        }
        let record = try await ScreeningRecording(store: req.store, now: req.now).record(
            client: client, response: response, confirmedName: form.confirmedName, channel: .tablet, by: staff,
            remoteAddress: req.remoteAddress?.ipAddress, userAgent: req.headers.first(name: .userAgent))
        req.auditNote(subjectID: record.id, detail: "screening on the tablet")
        return StaffFlash(notice: "The screening is complete. Read it below before any session.")
            .redirect(req, to: StaffRoute.client.path(client.id) + "#screening")
    }

    func recordClearance(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let (client, _) = try await recordClient(req, staff)
        let input = (try? req.content.decode(ClearanceFormInput.self)) ?? ClearanceFormInput()
        let kind = ClearanceKind(rawValue: input.kind ?? "")
        do {
            guard let kind else { throw APIError.invalid("kind", "must be a clearance the screening asks for") }
            try await ScreeningRecording(store: req.store, now: req.now).clear(kind, evidence: input.evidence, client: client, by: staff)
            req.auditNote(detail: "clearance: \(kind.rawValue)")
            return StaffFlash(notice: "\(kind.title) recorded.").redirect(req, to: StaffRoute.client.path(client.id) + "#screening")
        } catch {
            return try await screeningRefused(req, staff, error, clearance: kind)
        }
    }

    func assessSkin(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let (client, _) = try await recordClient(req, staff)
        let input = (try? req.content.decode(SkinFormInput.self)) ?? SkinFormInput()
        do {
            var skinType: Int?
            if let text = input.skinType, !text.isEmpty {
                guard let type = Int(text), (1...6).contains(type) else {
                    throw APIError.invalid("skinType", "must be a Fitzpatrick type from 1 to 6")
                }
                skinType = type
            }
            guard input.thickSkin == nil || input.thickSkin == "yes" else { throw APIError.invalid("thickSkin", "must be ticked or left out") }
            guard try await req.store.assessSkin(client: client.id, skinType: skinType, thickSkin: input.thickSkin == "yes",
                                                 now: req.now)
            else { throw APIError(status: .conflict, code: "screening_missing", message: "the client has not completed a screening") }
            req.auditNote(detail: "skin assessment")
            return StaffFlash(notice: "The skin assessment is saved.").redirect(req, to: StaffRoute.client.path(client.id) + "#screening")
        } catch {
            return try await screeningRefused(req, staff, error)
        }
    }

    /// The client of the address and their clinic, if the person may see them (404 otherwise, so
    /// another clinic's client is not revealed), audited as a look at the record.
    func recordClient(_ req: Request, _ staff: StaffMember) async throws -> (ClientRecord, Clinic) {
        guard let client = try await req.store.client(try req.uuid("clientID")), staff.canSee(clinic: client.clinicID),
              let clinic = try await req.store.clinic(client.clinicID)
        else { throw APIError.notFound("client") }
        req.auditNote(clientID: client.id, clinicID: client.clinicID, subjectID: client.id)
        return (client, clinic)
    }

    /// The record again, with a refused screening form's problem beside it.
    private func screeningRefused(_ req: Request, _ staff: StaffMember, _ error: any Error,
                                  clearance: ClearanceKind? = nil) async throws -> Response {
        let api = APIErrorMiddleware.apiError(for: error)
        guard api.status.code < 500, api.status != .forbidden, api.status != .notFound else { throw error }
        req.auditNote(detail: "refused: \(api.field ?? api.code)")
        let data = try await loadRecord(req, staff: staff)
        let message = api.message.prefix(1).uppercased() + api.message.dropFirst() + "."
        return ClientRecordPage.render(data, staff: staff, csrf: req.csrfToken, now: req.now,
                                       protocol: req.settings.aftercareProtocol,
                                       screeningProblem: .init(message: message, field: api.field, clearance: clearance),
                                       status: api.status)
    }
}

// Signing the consent documents on the tablet (`ConsentSigning`). Consents are not health
// data: reception hands the tablet over too.
extension StaffPagesController {
    func signConsentsForm(req: Request) async throws -> Response {
        let staff = try req.staff
        let (client, _) = try await recordClient(req, staff)
        return ConsentSigningPage.render(client: client, documents: try await consentSigning(req).pending(for: client),
                                         staff: staff, csrf: req.csrfToken)
    }

    func signConsents(req: Request) async throws -> Response {
        let staff = try req.staff
        let (client, _) = try await recordClient(req, staff)
        let values = FormUpload.read(req).values
        let form = ConsentSigning.Form(agreed: ConsentDocumentsForm.agreed(values), typedName: values["signerName"] ?? "")
        let signing = consentSigning(req)
        do {
            let kinds = try await signing.sign(form, client: client, channel: .tablet, by: staff,
                                               remoteAddress: req.remoteAddress?.ipAddress,
                                               userAgent: req.headers.first(name: .userAgent))
            req.auditNote(action: .create, subject: .consent, detail: "signed on the tablet: " + kinds.map(\.rawValue).joined(separator: ", "))
            return StaffFlash(notice: "Signed: " + kinds.map(\.title).joined(separator: "; ") + ".")
                .redirect(req, to: StaffRoute.client.path(client.id) + "#consents")
        } catch let error as APIError where error.status == .unprocessableEntity {
            req.auditNote(detail: "refused: \(error.field ?? error.code)")
            return ConsentSigningPage.render(client: client, documents: try await signing.pending(for: client), staff: staff,
                                             csrf: req.csrfToken, problem: error.message, field: error.field,
                                             typedName: form.typedName, status: .unprocessableEntity)
        }
    }

    private func consentSigning(_ req: Request) -> ConsentSigning {
        ConsentSigning(store: req.store, photoFiles: PhotoFiles(directory: req.settings.photosDirectory,
                                                                threadPool: req.application.threadPool), now: req.now)
    }
}
