import Foundation
import StippleCore
import StippleStore
import Vapor

// The client record, its photos and booking the next session from it.
extension StaffPagesController {
    func clientSearch(req: Request) async throws -> Response {
        let staff = try req.staff
        var search = ClientSearchPage.Search(text: req.query[String.self, at: "q"] ?? "")
        if let text = req.query[String.self, at: "page"], !text.isEmpty {
            guard let page = Int(text), (1...10_000).contains(page) else { throw Self.badFilter("page", "must be a page number") }
            search.page = page
        }
        // Checked for everyone, though only an admin's chooses: a filter that is not one is refused.
        if let text = req.query[String.self, at: "clinic"], !text.isEmpty {
            guard let id = UUID(uuidString: text) else { throw Self.badFilter("clinic", "must be a clinic of the list") }
            if staff.role == .admin { search.clinic = id }
        }
        let clinic = staff.role == .admin ? search.clinic : staff.clinicID
        let store = req.store
        // Only an admin's page names clinics (a column and a filter).
        let clinics = staff.role == .admin
            ? Dictionary(uniqueKeysWithValues: try await store.clinics().map { ($0.id, $0) }) : [:]
        var found: [ClientSummary] = []
        var status = HTTPStatus.ok
        do {
            let query = try ClientSearch.query(search.text)
            // One more than a page, to know whether there is a next one.
            found = try await store.searchClients(query, clinic: clinic, limit: ClientSearchPage.pageSize + 1,
                                                  offset: (search.page - 1) * ClientSearchPage.pageSize)
            req.auditNote(clinicID: clinic, detail: search.text.isEmpty ? "list" : "search")
        } catch let error as APIError where error.status.code < 500 {
            search.problem = "Give at least two letters of a name, four digits of a phone number, an email or a date of birth."
            status = .badRequest
        }
        return ClientSearchPage.render(staff: staff, csrf: req.csrfToken, search: search,
                                       clients: Array(found.prefix(ClientSearchPage.pageSize)),
                                       hasMore: found.count > ClientSearchPage.pageSize, clinics: clinics, status: status)
    }

    func clientRecord(req: Request) async throws -> Response {
        let staff = try req.staff
        let data = try await loadRecord(req, staff: staff)
        let flash = StaffFlash.take(req)
        let page = ClientRecordPage.render(data, staff: staff, csrf: req.csrfToken, now: req.now,
                                           protocol: req.settings.aftercareProtocol,
                                           notice: flash?.notice
                                               ?? (req.query[String.self, at: "booked"] == "1" ? "The session is booked." : nil),
                                           secret: flash.flatMap { f in f.secret.map { (f.secretLabel ?? "The link", $0) } })
        return flash == nil ? page : StaffFlash.clear(page, req)
    }

    /// The client a person may see (404 for another clinic's, so existence is not revealed),
    /// with as much as their role may read.
    func loadRecord(_ req: Request, staff: StaffMember, clientID: UUID? = nil) async throws -> ClientRecordPage.Data {
        let id = try clientID ?? req.uuid("clientID")
        let store = req.store
        guard let client = try await store.client(id), staff.canSee(clinic: client.clinicID),
              let clinic = try await store.clinic(client.clinicID)
        else { throw APIError.notFound("client") }
        req.auditNote(clientID: client.id, clinicID: client.clinicID, subjectID: client.id,
                      detail: staff.role == .reception ? "contact details and bookings" : "full record")
        let people = try await store.staff(clinic: nil)
        let names = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0.name) })
        let journeys = try await store.journeys(client: id).sorted { $0.sessionDate > $1.sessionDate }
        var followUps: [UUID: FollowUp] = [:]
        for j in journeys { followUps[j.id] = try await store.bookedFollowUp(journey: j.id) }
        var data = ClientRecordPage.Data(client: client, clinic: clinic, staffNames: names, sessions: [], journeys: [],
                                         alerts: [], followUps: followUps,
                                         technicians: people.filter { $0.clinicID == clinic.id && $0.role.isTechnician },
                                         consents: try await store.consents(client: id),
                                         consentsCurrent: try await store.consentsCurrent(client: id))
        data.consultations = try await store.bookings(client: id)
        guard staff.role != .reception else {
            data.screenedAt = try await store.screeningCompletedAt(client: id)
            return data
        }
        data.screening = try await ClientScreening.load(client, on: LocalDate(req.now, in: try clinic.zone()), store: store)
        data.screenedAt = data.screening?.screening?.completedAt
        data.sessions = try await store.sessions(client: id)
        data.plan = try await store.treatmentPlan(client: id)
        for session in data.sessions { data.sessionPhotos[session.id] = try await store.sessionPhotos(session: session.id) }
        for j in journeys {
            var context = try await req.journeyContext(j.id, parts: .all)
            context.photoBasePath = StaffRoute.photo.path()
            data.journeys.append(context)
        }
        data.alerts = try await store.alerts(clinic: nil, statuses: [.open, .acknowledged, .resolved], client: id)
        return data
    }

    struct ConsentFormInput: Decodable {
        var kind: String?
        var given: String?
        var note: String?
    }

    /// Records a consent given or withdrawn, from the client record.
    func recordConsent(req: Request) async throws -> Response {
        let staff = try req.staff
        let data = try await loadRecord(req, staff: staff)
        let input = (try? req.content.decode(ConsentFormInput.self)) ?? ConsentFormInput()
        do {
            let kind = try ConsentForm.kind(input.kind ?? "")
            guard let given = ["yes": true, "no": false][input.given ?? ""] else {
                throw APIError.invalid("given", "Say whether the consent is given or withdrawn.")
            }
            _ = try await req.recordConsent(client: data.client, kind: kind, given: given,
                                            note: try ConsentForm.note(input.note), by: staff)
            return req.redirect(to: StaffRoute.client.path(data.client.id) + "#consents", redirectType: .normal)
        } catch let error as APIError where error.status.code < 500 {
            req.auditNote(action: .create, subject: .consent, detail: "refused: \(error.field ?? error.code)")
            return ClientRecordPage.render(data, staff: staff, csrf: req.csrfToken, now: req.now,
                                           protocol: req.settings.aftercareProtocol,
                                           consentProblem: error.message.prefix(1).uppercased() + error.message.dropFirst(),
                                           status: error.status)
        }
    }

    func photo(req: Request) async throws -> Response {
        let staff = try req.staff
        try staff.requireHealthAccess()
        guard let owner = try await req.store.photo(try req.uuid("photoID")), staff.canSee(clinic: owner.clinicID) else {
            throw APIError.notFound("photo")
        }
        req.auditNote(clinicID: owner.clinicID)
        return try await PhotoResponse.make(owner.photo, req: req)
    }

    struct BookingInput: Decodable {
        var date: String?
        var time: String?
        var technician: String?
        var overrideReason: String?
    }

    func bookFollowUp(req: Request) async throws -> Response {
        let staff = try req.staff
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: .all)
        req.auditNote(clientID: context.client.id, clinicID: context.clinic.id)
        let input = (try? req.content.decode(BookingInput.self)) ?? BookingInput()
        var form = ClientRecordPage.BookingForm(journeyID: context.journey.id, date: input.date ?? "", time: input.time ?? "10:00",
                                                technicianID: input.technician.flatMap(UUID.init(uuidString:)),
                                                overrideReason: input.overrideReason ?? "")
        do {
            guard let date = LocalDate(iso: form.date) else { throw APIError.invalid("startsAt", "Give the date of the session.") }
            guard let minutes = Self.minutes(form.time) else { throw APIError.invalid("startsAt", "Give the time as HH:MM.") }
            guard let technician = form.technicianID else { throw APIError.invalid("technicianID", "Choose the technician.") }
            // The wall-clock time at the clinic, daylight saving included.
            let startsAt = date.at(hour: minutes / 60, minute: minutes % 60, in: context.timeZone)
            let reason = form.overrideReason.trimmingCharacters(in: .whitespacesAndNewlines)
            let (booked, _) = try await FollowUpBooking.book(context, startsAt: startsAt, technicianID: technician,
                                                             overrideReason: reason.isEmpty ? nil : reason, by: staff,
                                                             store: req.store, now: req.now, protocol: req.settings.aftercareProtocol)
            req.auditNote(subjectID: booked.id, detail: "session \(booked.sessionNumber) on \(date.iso)"
                          + (booked.overrideReason == nil ? "" : " against the spacing rule"))
            return req.redirect(to: StaffRoute.client.path(context.client.id) + "?booked=1#book-\(context.journey.id)", redirectType: .normal)
        } catch let error as APIError where error.status.code < 500 {
            form.problem = error.message.prefix(1).uppercased() + error.message.dropFirst()
            form.field = error.field
            let data = try await loadRecord(req, staff: staff, clientID: context.client.id)
            req.auditNote(detail: "\(form.date) refused: \(error.code)")
            return ClientRecordPage.render(data, staff: staff, csrf: req.csrfToken, now: req.now,
                                           protocol: req.settings.aftercareProtocol, booking: form, status: error.status)
        }
    }

    func cancelFollowUp(req: Request) async throws -> Response {
        let context = try await req.journeyContext(try req.uuid("journeyID"), parts: [])
        req.auditNote(clientID: context.client.id, clinicID: context.clinic.id, action: .update)
        guard try await req.store.cancelFollowUp(journey: context.journey.id) else { throw APIError.notFound("follow-up") }
        return req.redirect(to: StaffRoute.client.path(context.client.id) + "#book-\(context.journey.id)", redirectType: .normal)
    }

    /// "HH:MM" as minutes after midnight.
    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":")
        guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return h * 60 + m
    }
}
