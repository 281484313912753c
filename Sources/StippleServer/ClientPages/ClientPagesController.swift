import StippleCore
import StippleStore
import Vapor

/// The client's pages under their private links, `/j/<token>` and `/s/<token>`: no account, no
/// staff token. A wrong, revoked, used or expired link gets the same friendly 404 whatever the
/// reason.
struct ClientPagesController: RouteCollection {
    /// Up to four photos of a few megabytes each, and the answers.
    static let maxBody: ByteCount = "40mb"
    /// Check-ins a link may send in an hour: a worried client checks in a few times a day; more
    /// than this is a script, and each one would open an alert for the clinic.
    static let checkInsPerHour = 20

    // Taken once at start: looking them up in the application's storage on every page view
    // cost a lock, a cast and a copy of the settings each time.
    let settings: ServerSettings
    let stores: RequestStores

    init(_ app: Application) {
        settings = app.settings
        stores = app.configured(RequestStoresKey.self)
    }

    func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(ClientPageErrors())
        for route in ClientRoute.allCases {
            switch route {
            case .today: pages.on(route, use: today)
            case .checkInForm: pages.on(route, use: checkInForm)
            // Streamed, so the link and the hourly limit are checked before any of the body is
            // read: a post to a made-up link costs one indexed read, however large it is.
            case .submitCheckIn: pages.on(route, body: .stream, use: submitCheckIn)
            case .checkInResult: pages.on(route, use: checkInResult)
            case .photo: pages.on(route, use: photo)
            case .history: pages.on(route, use: history)
            case .journeyConsents: pages.on(route, use: journeyConsents)
            case .withdrawConsent: pages.on(route, use: withdrawConsent)
            case .screening: pages.on(route, use: screening)
            case .submitScreening: pages.on(route, use: submitScreening)
            case .consents: pages.on(route, use: consents)
            case .signConsents: pages.on(route, use: signConsents)
            }
        }
    }

    func today(req: Request) async throws -> Response {
        // The sessions and plan too, for the next session's place in the plan.
        guard let (context, token) = try await load(req, parts: [.checkIns, .sessions]) else { return LinkNotValidPage.render() }
        return TodayPage.render(context, now: settings.now(), protocol: settings.aftercareProtocol,
                                token: token)
    }

    func checkInForm(req: Request) async throws -> Response {
        guard let (context, token) = try await load(req, parts: []) else { return LinkNotValidPage.render() }
        let photosAllowed = try await stores.store(for: req).consentGiven(client: context.client.id, kind: .photosInRecord)
        return CheckInFormPage.render(context, form: CheckInForm(), token: token,
                                      protocol: settings.aftercareProtocol, photosAllowed: photosAllowed)
    }

    func submitCheckIn(req: Request) async throws -> Response {
        guard let loaded = try await load(req, parts: []) else { return LinkNotValidPage.render() }
        var context = loaded.0
        let token = loaded.1
        let p = settings.aftercareProtocol
        let questions = CheckInQuestions(language: context.clinic.language)
        let now = settings.now()
        let recent = try await stores.store(for: req).checkInsRecorded(journey: context.journey.id, since: now.addingTimeInterval(-3600))
        if recent.count >= Self.checkInsPerHour {
            let retry = max(60, Int(((recent.earliest ?? now).addingTimeInterval(3600)).timeIntervalSince(now).rounded(.up)))
            return TooManyCheckInsPage.render(context, token: token, retryAfter: retry)
        }
        _ = try await req.body.collect(max: Self.maxBody.value).get()
        let day = context.day(at: now)
        let upload = FormUpload.read(req)
        var form = CheckInForm.parse(upload.values, day: day, questions: questions)
        if day < 0 { form.errors["redness"] = questions.beforeSession; form.checkIn = nil }
        // Photos only with the client's consent to keep them; without it the check-in still counts.
        let photosAllowed = try await stores.store(for: req).consentGiven(client: context.client.id, kind: .photosInRecord)
        // Every photo is checked before anything is written.
        var photos: [(ScalpView, PhotoSanitizer.Photo)] = []
        for view in ScalpView.allCases where photosAllowed {
            guard let bytes = upload.files[CheckInQuestions.photoField(view)] else { continue }
            do {
                photos.append((view, try PhotoSanitizer.sanitize(bytes)))
            } catch {
                form.errors[CheckInQuestions.photoField(view)] = questions.photoProblem(error)
            }
        }
        guard let checkIn = form.checkIn, form.errors.isEmpty else {
            return CheckInFormPage.render(context, form: form, token: token, protocol: p, photosAllowed: photosAllowed,
                                          status: .unprocessableEntity)
        }
        let files = PhotoFiles(directory: settings.photosDirectory, threadPool: req.application.threadPool)
        var stored: [NewPhoto] = []
        for (view, photo) in photos {
            let hash = try await files.write(photo)
            stored.append(NewPhoto(view: view, sha256: hash, contentType: photo.kind.contentType, width: photo.width,
                                   height: photo.height, byteCount: photo.bytes.count))
        }
        let store = stores.store(for: req)
        let saved: StoredCheckIn
        do {
            saved = try await context.record(checkIn, photos: stored, store: store, now: now, protocol: p)
        } catch is ConsentMissing {
            // Withdrawn while the form was sent: the check-in counts, its photos are not kept.
            for photo in stored where try await !store.photoFileInUse(sha256: photo.sha256) {
                try await files.delete(sha256: photo.sha256, contentType: photo.contentType)
            }
            saved = try await context.record(checkIn, photos: [], store: store, now: now, protocol: p)
        }
        try await req.audit(.create, .checkIn, subjectID: saved.id, clientID: context.client.id, clinicID: context.clinic.id,
                            actor: .client, detail: stored.isEmpty ? nil : "\(stored.count) photos")
        // Post, then redirect: reloading the result page never sends the check-in twice.
        return req.redirect(to: ClientRoute.checkInResult.path(token, saved.id), redirectType: .normal)
    }

    func checkInResult(req: Request) async throws -> Response {
        guard let (context, token) = try await load(req, parts: [.checkIns, .photos]) else { return LinkNotValidPage.render() }
        guard let id = req.parameters.get("checkInID").flatMap(UUID.init(uuidString:)),
              let stored = context.checkIns.first(where: { $0.id == id })
        else { return LinkNotValidPage.render() }
        let p = settings.aftercareProtocol
        return CheckInResultPage.render(context, checkIn: context.checkInView(stored, protocol: p),
                                        token: token, protocol: p)
    }

    func history(req: Request) async throws -> Response {
        guard let (context, token) = try await load(req, parts: [.checkIns, .photos]) else { return LinkNotValidPage.render() }
        return HistoryPage.render(context, now: settings.now(), protocol: settings.aftercareProtocol,
                                  token: token)
    }

    /// A photo of this journey's check-ins, for the link's holder only.
    func photo(req: Request) async throws -> Response {
        let store = stores.store(for: req)
        guard let token = req.parameters.get("token"), JourneyLinks.isWellFormed(token),
              let journey = try await store.journeyID(linkHash: SecretToken.hash(token), now: settings.now()),
              let id = req.parameters.get("photoID").flatMap(UUID.init(uuidString:)),
              let owner = try await store.photo(id), owner.journeyID == journey
        else { return LinkNotValidPage.render() }
        return try await PhotoResponse.make(owner.photo, req: req)
    }

    private func load(_ req: Request, parts: JourneyContext.Parts) async throws -> (JourneyContext, String)? {
        guard let token = req.parameters.get("token"),
              var context = try await JourneyContext.load(linkToken: token, store: stores.store(for: req), now: settings.now(), parts: parts)
        else { return nil }
        context.photoBasePath = ClientRoute.photo.path(token)
        return (context, token)
    }
}
