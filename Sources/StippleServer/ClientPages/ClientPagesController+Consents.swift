import StippleCore
import StippleStore
import Vapor

// The consents under the client's links (`ClientConsentPages`, `ConsentSigning`).
extension ClientPagesController {
    func consents(req: Request) async throws -> Response {
        let store = stores.store(for: req)
        guard let token = req.parameters.get("token"),
              let (client, clinic) = try await ScreeningRecording(store: store, now: settings.now())
                .client(linkToken: token, completed: true)
        else { return LinkNotValidPage.render() }
        let documents = try await signing(req, store).pending(for: client)
        return ClientConsentPages.sign(client: client, clinic: clinic, token: token, documents: documents)
    }

    func signConsents(req: Request) async throws -> Response {
        let store = stores.store(for: req)
        guard let token = req.parameters.get("token"),
              let (client, clinic) = try await ScreeningRecording(store: store, now: settings.now())
                .client(linkToken: token, completed: true)
        else { return LinkNotValidPage.render() }
        let values = FormUpload.read(req).values
        let form = ConsentSigning.Form(agreed: ConsentDocumentsForm.agreed(values), typedName: values["signerName"] ?? "")
        let signing = signing(req, store)
        do {
            let kinds = try await signing.sign(form, client: client, channel: .link, by: nil,
                                               remoteAddress: req.remoteAddress?.ipAddress,
                                               userAgent: req.headers.first(name: .userAgent))
            return ClientConsentPages.signed(client: client, clinic: clinic, kinds: kinds)
        } catch let error as APIError where error.status == .unprocessableEntity {
            return ClientConsentPages.sign(client: client, clinic: clinic, token: token, documents: try await signing.pending(for: client),
                                           problem: error.message, field: error.field, typedName: form.typedName,
                                           status: .unprocessableEntity)
        }
    }

    func journeyConsents(req: Request) async throws -> Response {
        guard let token = req.parameters.get("token"),
              let context = try await JourneyContext.load(linkToken: token, store: stores.store(for: req), now: settings.now(),
                                                          parts: [])
        else { return LinkNotValidPage.render() }
        let records = try await stores.store(for: req).consents(client: context.client.id)
        return ClientConsentPages.journey(context, token: token, records: records)
    }

    /// A withdrawal takes effect at once, everywhere (`ConsentRecording`): reminders stop,
    /// photos leave the record.
    func withdrawConsent(req: Request) async throws -> Response {
        let store = stores.store(for: req)
        guard let token = req.parameters.get("token"),
              let context = try await JourneyContext.load(linkToken: token, store: store, now: settings.now(), parts: [])
        else { return LinkNotValidPage.render() }
        let values = FormUpload.read(req).values
        let language = context.client.preferredLanguage
        // The form sends its kind alone; anything else is not this form.
        guard let kind = values["kind"].flatMap(ConsentKind.init(rawValue:)), values.count == 1 else {
            return ClientConsentPages.journey(context, token: token, records: try await store.consents(client: context.client.id),
                                              notice: ScreeningText.text(language, "Choose a consent to withdraw.", "Kies een toestemming om in te trekken."),
                                              status: .unprocessableEntity)
        }
        let recording = ConsentRecording(store: store, photoFiles: PhotoFiles(directory: settings.photosDirectory,
                                                                             threadPool: req.application.threadPool),
                                         now: settings.now())
        _ = try await recording.record(client: context.client, kind: kind, given: false, note: nil, by: nil,
                                       signature: nil, channel: .link)
        let notice = ScreeningText.text(language, "Withdrawn: \(ConsentDocumentText.title(kind, language)).",
                                        "Ingetrokken: \(ConsentDocumentText.title(kind, language)).")
        return ClientConsentPages.journey(context, token: token, records: try await store.consents(client: context.client.id),
                                          notice: notice)
    }

    private func signing(_ req: Request, _ store: Store) -> ConsentSigning {
        ConsentSigning(store: store, photoFiles: PhotoFiles(directory: settings.photosDirectory, threadPool: req.application.threadPool),
                       now: settings.now())
    }
}
