import Foundation
import StippleCore
import StippleStore
import Vapor

/// The public site: the chain's and clinics' pages, and booking a free consultation. No account
/// and no script; every form post counts against the address's limit (429 with `Retry-After`),
/// and a form with its honeypot filled in is answered as if it had worked, with nothing written.
struct PublicSiteController: RouteCollection {
    /// How many days the booking page shows at once.
    static let daysShown = 7

    func boot(routes: any RoutesBuilder) throws {
        let pages = routes.grouped(PublicPageErrors())
        for route in PublicRoute.allCases {
            switch route {
            case .root: pages.on(route, use: root)
            case .home: pages.on(route, use: home)
            case .about: pages.on(route, use: about)
            case .clinic: pages.on(route, use: clinic)
            case .slots: pages.on(route, use: slots)
            case .hold: pages.on(route, use: hold)
            case .bookingForm: pages.on(route, use: bookingForm)
            case .book: pages.on(route, use: book)
            case .partners: pages.on(route, use: partners)
            case .applyAsPartner: pages.on(route, use: applyAsPartner)
            case .manage: pages.on(route, use: manage)
            case .calendarFile: pages.on(route, use: calendarFile)
            case .rescheduleSlots: pages.on(route, use: rescheduleSlots)
            case .reschedule: pages.on(route, use: reschedule)
            case .cancel: pages.on(route, use: cancel)
            case .joinWaitlist: pages.on(route, use: joinWaitlist)
            case .bookingScreening: pages.on(route, use: bookingScreening)
            case .submitBookingScreening: pages.on(route, use: submitBookingScreening)
            case .offer: pages.on(route, use: offer)
            case .acceptOffer: pages.on(route, use: acceptOffer)
            }
        }
    }

    /// `/` sends a visitor to the site in the language their browser asks for.
    func root(req: Request) async throws -> Response {
        let response = req.redirect(to: PublicRoute.home.path(SiteLanguage.preferred(req).rawValue))
        response.headers.replaceOrAdd(name: .vary, value: "Accept-Language")
        return response
    }

    func home(req: Request) async throws -> Response {
        HomePage.render(lang: try SiteLanguage.of(req), clinics: try await req.store.clinics(), base: req.base)
    }

    func about(req: Request) async throws -> Response {
        AboutPage.render(lang: try SiteLanguage.of(req), protocol: req.settings.aftercareProtocol, base: req.base)
    }

    func clinic(req: Request) async throws -> Response {
        let lang = try SiteLanguage.of(req)
        let clinic = try await Self.clinic(req)
        let lead = try await req.store.bookableTechnicians(clinic: clinic.id).first { $0.role == .leadTechnician }
        let today = LocalDate(req.now, in: try clinic.zone())
        let closed = try await req.store.closedDays(clinic: clinic.id, from: today).filter { $0 <= today.adding(days: 60) }.sorted()
        return ClinicPage.render(lang: lang, clinic: clinic, hours: try await req.store.openingHours(clinic: clinic.id), closed: closed,
                                 lead: lead, base: req.base)
    }

    func slots(req: Request) async throws -> Response {
        let lang = try SiteLanguage.of(req)
        let availability = try await ClinicAvailability.load(try await Self.clinic(req), store: req.store, now: req.now)
        return try await Self.slotsPage(req, lang: lang, availability, action: PublicRoute.hold.path(lang.rawValue, availability.clinic.slug),
                                        address: PublicRoute.slots.path(lang.rawValue, availability.clinic.slug))
    }

    /// Holds the chosen time and sends the visitor to its form.
    func hold(req: Request) async throws -> Response {
        let lang = try SiteLanguage.of(req)
        let form = try Self.form(req)
        let availability = try await ClinicAvailability.load(try await Self.clinic(req), store: req.store, now: req.now)
        if let refused = Self.throttled(req) { return refused }
        let mode = (form["mode"] ?? "").isEmpty ? .inPerson : ConsultationMode(rawValue: form["mode"] ?? "")
        guard let mode, let startText = form["start"], let start = try? Instant.parse(startText, field: "start") else {
            return try await Self.slotsPage(req, lang: lang, availability, action: PublicRoute.hold.path(lang.rawValue, availability.clinic.slug),
                                            address: PublicRoute.slots.path(lang.rawValue, availability.clinic.slug),
                                            problem: lang.t("Choose one of the times listed.", "Kies een van de getoonde tijden."),
                                            status: .unprocessableEntity)
        }
        if Self.trapped(form) { return req.redirect(to: PublicRoute.home.path(lang.rawValue), redirectType: .normal) }
        do {
            let (_, token) = try await req.booking.hold(at: availability, start: start, language: lang.language, mode: mode)
            return req.redirect(to: PublicRoute.bookingForm.path(lang.rawValue, token), redirectType: .normal)
        } catch let error as BookingRefused {
            return try await Self.slotsPage(req, lang: lang, availability, action: PublicRoute.hold.path(lang.rawValue, availability.clinic.slug),
                                            address: PublicRoute.slots.path(lang.rawValue, availability.clinic.slug),
                                            problem: BookingText.refusal(error.refusal, availability.zone, lang.language),
                                            from: LocalDate(start, in: availability.zone), status: .conflict)
        }
    }

    func bookingForm(req: Request) async throws -> Response {
        let lang = try SiteLanguage.of(req)
        let (hold, clinic, token) = try await Self.hold(req)
        return BookingFormPage.render(lang: lang, clinic: clinic, zone: try clinic.zone(), hold: hold, token: token, values: [:],
                                      problems: [], base: req.base)
    }

    /// Books the held time with the form's details, or shows the form again with what to mend.
    func book(req: Request) async throws -> Response {
        let lang = try SiteLanguage.of(req)
        let form = try Self.form(req)
        let (hold, clinic, token) = try await Self.hold(req)
        if let refused = Self.throttled(req) { return refused }
        let zone = try clinic.zone()
        let checked = ConsultationRequest.check(
            fullName: form["fullName"], email: form["email"], phone: form["phone"], dateOfBirth: form["dateOfBirth"],
            concern: form["concern"], language: form["language"] ?? lang.language.rawValue, mode: hold.mode.rawValue, note: form["note"],
            today: LocalDate(req.now, in: zone))
        switch checked {
        case let .failure(problems):
            return BookingFormPage.render(lang: lang, clinic: clinic, zone: zone, hold: hold, token: token, values: form,
                                          problems: problems.all, base: req.base)
        case let .success(request):
            if Self.trapped(form) { return req.redirect(to: PublicRoute.home.path(lang.rawValue), redirectType: .normal) }
            do {
                let (_, manage) = try await req.booking.confirm(hold, clinic: clinic, request: request)
                return req.redirect(to: PublicRoute.manage.path(manage) + "?done=booked", redirectType: .normal)
            } catch is BookingNotCurrent {
                let availability = try await ClinicAvailability.load(clinic, store: req.store, now: req.now)
                return try await Self.slotsPage(req, lang: lang, availability, action: PublicRoute.hold.path(lang.rawValue, clinic.slug),
                                                address: PublicRoute.slots.path(lang.rawValue, clinic.slug),
                                                problem: lang.t("Sorry, the time we held for you has been taken. Please choose another.",
                                                                "Sorry, de tijd die we voor je vrijhielden is bezet. Kies een andere tijd."),
                                                status: .conflict)
            }
        }
    }

    // MARK: Shared

    static func clinic(_ req: Request) async throws -> Clinic {
        let slug = req.parameters.get("clinic") ?? ""
        guard let clinic = try await req.store.clinics().first(where: { $0.slug == slug }) else { throw Abort(.notFound) }
        return clinic
    }

    static func hold(_ req: Request) async throws -> (Booking, Clinic, String) {
        let token = req.parameters.get("hold") ?? ""
        guard token.count < 100, let hold = try await req.store.heldBooking(tokenHash: SecretToken.hash(token)),
              let clinic = try await req.store.clinic(hold.clinicID)
        else { throw Abort(.notFound) }
        return (hold, clinic, token)
    }

    /// A week of free times from `?from=` (or `from`, or today), never before today.
    static func slotsPage(_ req: Request, lang: SiteLanguage, _ a: ClinicAvailability, action: String, address: String,
                          moving: Booking? = nil, problem: String? = nil, from: LocalDate? = nil,
                          status: HTTPStatus = .ok) async throws -> Response {
        let now = req.now
        let today = LocalDate(now, in: a.zone)
        let asked = req.query[String.self, at: "from"].flatMap(LocalDate.init(iso:)) ?? from ?? today
        let weekStart = max(today, min(asked, today.adding(days: ConsultationBooking.type.horizonDays)))
        let slots = try await a.slots(ConsultationBooking.type, from: weekStart.start(in: a.zone),
                                      until: weekStart.adding(days: daysShown).start(in: a.zone), now: now, store: req.store,
                                      excluding: moving?.id)
        return SlotsPage.render(SlotsPage.Context(lang: lang, clinic: a.clinic, zone: a.zone,
                                                  days: a.days(slots, from: weekStart, days: daysShown), weekStart: weekStart,
                                                  action: action, address: address, moving: moving, problem: problem, base: req.base),
                                status: status)
    }

    /// The form's fields; a form that cannot be read is an empty one.
    static func form(_ req: Request) throws -> [String: String] {
        (try? req.content.decode([String: String].self)) ?? [:]
    }

    static func trapped(_ form: [String: String]) -> Bool { !(form[PublicForm.trapField] ?? "").isEmpty }

    /// 429 with `Retry-After` when the address has posted too many forms.
    static func throttled(_ req: Request) -> Response? {
        guard let wait = req.application.publicFormThrottle.attempt(from: req.clientAddress, at: req.now) else { return nil }
        let lang = (try? SiteLanguage.of(req)) ?? .en
        let meta = PublicPageLayout.Meta(title: lang.t("Too many tries", "Te vaak geprobeerd"), description: "", paths: nil, isPrivate: true)
        let response = PublicPageLayout.page(meta, lang: lang, base: req.base, status: .tooManyRequests) {
            el("h1") { lang.t("Too many tries", "Te vaak geprobeerd") }
            el("p") { lang.t("Please wait a few minutes and try again, or call the clinic.", "Wacht een paar minuten en probeer het opnieuw, of bel de kliniek.") }
        }
        response.headers.replaceOrAdd(name: .retryAfter, value: String(wait))
        return response
    }
}

extension Request {
    /// The public address the site's canonical links start with ("" when not configured).
    var base: String { settings.publicURL ?? "" }

    var booking: ConsultationBooking {
        ConsultationBooking(store: store, now: now, sealer: settings.linkSealer)
    }

    var waitlist: Waitlist {
        Waitlist(store: store, now: now, sealer: settings.linkSealer)
    }
}

struct PublicFormThrottleKey: StorageKey {
    typealias Value = AddressThrottle
}

extension Application {
    var publicFormThrottle: AddressThrottle { configured(PublicFormThrottleKey.self) }
}
