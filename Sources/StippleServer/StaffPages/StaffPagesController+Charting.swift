import Foundation
import StippleCore
import StippleStore
import Vapor

// Charting a session at the chair (`ChartingPage`, `ChartingForm`, `SessionRecording`).
extension StaffPagesController {
    func chartSession(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let (client, clinic) = try await recordClient(req, staff)
        return try await renderCharting(req, staff: staff, client: client, clinic: clinic)
    }

    func recordSession(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        let (client, clinic) = try await recordClient(req, staff)
        let upload = FormUpload.read(req)
        var form = ChartingPage.Form(values: upload.values)
        form.values["_csrf"] = nil
        let files = PhotoFiles(directory: req.settings.photosDirectory, threadPool: req.application.threadPool)
        var written: [NewSessionPhoto] = []
        do {
            let input = try ChartingForm.input(upload.values, client: client, zone: try clinic.zone())
            // Every photo is checked before anything is written.
            var photos: [(PhotoStage, ScalpView, PhotoSanitizer.Photo)] = []
            for stage in PhotoStage.allCases {
                for view in ScalpView.allCases {
                    guard let bytes = upload.files[ChartingPage.photoField(stage, view)] else { continue }
                    do {
                        photos.append((stage, view, try PhotoSanitizer.sanitize(bytes)))
                    } catch {
                        throw APIError.invalid(ChartingPage.photoField(stage, view),
                                               "the \(stage.rawValue) photo of the \(view.name(.enGB).lowercased()) is not a JPEG or PNG photo we can keep")
                    }
                }
            }
            for (stage, view, photo) in photos {
                let hash = try await files.write(photo)
                written.append(NewSessionPhoto(stage: stage, photo: NewPhoto(
                    view: view, sha256: hash, contentType: photo.kind.contentType, width: photo.width, height: photo.height,
                    byteCount: photo.bytes.count)))
            }
            let settings = req.settings
            let outcome = try await SessionRecording(store: req.store, now: req.now, aftercareProtocol: settings.aftercareProtocol,
                                                     linkDays: settings.journeyLinkDays, sealer: settings.linkSealer)
                .record(input, photos: written, by: staff)
            req.auditNote(subjectID: outcome.session.id, detail: "session \(outcome.session.sessionNumber) charted")
            let url = req.publicBaseURL + ClientRoute.today.path(outcome.linkToken)
            let sent = outcome.linkSentBy.map { " Their link is on its way by \($0 == .email ? "email" : "SMS")." }
                ?? " It was not sent (no address for their channel, or no consent to messages): give it to them now."
            return StaffFlash(notice: "Session \(outcome.session.sessionNumber) is recorded and the healing journey has started.\(sent)",
                              secret: url, secretLabel: "The client's link")
                .redirect(req, to: StaffRoute.client.path(client.id))
        } catch {
            let api = APIErrorMiddleware.apiError(for: error)
            for photo in written where try await !req.store.photoFileInUse(sha256: photo.photo.sha256) {
                try await files.delete(sha256: photo.photo.sha256, contentType: photo.photo.contentType)
            }
            guard api.status.code < 500, api.status != .forbidden else { throw error }
            form.problem = api.message.prefix(1).uppercased() + api.message.dropFirst() + "."
            form.field = Self.chartingField(api.field)
            req.auditNote(detail: "refused: \(api.field ?? api.code)")
            return try await renderCharting(req, staff: staff, client: client, clinic: clinic, form: form, status: api.status)
        }
    }

    func sessionPhoto(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        guard let found = try await req.store.sessionPhoto(try req.uuid("photoID")), staff.canSee(clinic: found.clinicID) else {
            throw APIError.notFound("photo")
        }
        req.auditNote(clinicID: found.clinicID)
        return try await PhotoResponse.make(sha256: found.photo.sha256, contentType: found.photo.contentType, req: req)
    }

    /// The API's field names, as the page names them.
    private static func chartingField(_ field: String?) -> String? {
        switch field {
        case "technicianID": "technician"
        case "startedAt": "start"
        case "endedAt": "end"
        case "painReported": "pain"
        case let f? where f.hasPrefix("zones"): "zones"
        default: field
        }
    }

    private func renderCharting(_ req: Request, staff: StaffMember, client: ClientRecord, clinic: Clinic,
                                form: ChartingPage.Form = ChartingPage.Form(), status: HTTPStatus = .ok) async throws -> Response {
        let store = req.store
        let today = LocalDate(req.now, in: try clinic.zone())
        let technicians = try await store.staff(clinic: clinic.id).filter { $0.role.isTechnician }
        let batches = try await store.pigmentBatches(clinic: clinic.id).filter { $0.refusal(on: today) == nil }
        let consents = try await store.consentsCurrent(client: client.id, kinds: ConsentKind.neededToTreat + [.photosInRecord])
        return ChartingPage.render(
            client: client, clinic: clinic, staff: staff, csrf: req.csrfToken, technicians: technicians, batches: batches,
            today: today, screening: try await ClientScreening.load(client, on: today, store: store),
            consentsReady: ConsentKind.neededToTreat.allSatisfy { consents[$0] == true },
            photosAllowed: try await store.consentGiven(client: client.id, kind: .photosInRecord), form: form, status: status)
    }
}
