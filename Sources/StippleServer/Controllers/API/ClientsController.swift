import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/clients`, their sessions and journeys.
struct ClientsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clients", use: list)
        routes.post("clients", use: create)
        routes.get("clients", ":clientID", use: show)
        routes.get("clients", ":clientID", "sessions", use: sessions)
        routes.get("clients", ":clientID", "journeys", use: journeys)
        routes.get("clients", ":clientID", "consents", use: consents)
        routes.post("clients", ":clientID", "consents", use: recordConsent)
    }

    /// Names, dates of birth and contact, nothing about health, so reception may list clients
    /// too. Paged: `limit` (≤ 200), `offset`;
    /// `q` searches by name, phone, email or date of birth (`ClientSearchQuery`).
    func list(req: Request) async throws -> [ClientListItem] {
        let staff = try req.staff
        let page = try Paging(req)
        let query = try ClientSearch.query(req.query[String.self, at: "q"])
        var clinic = try req.query.get(UUID?.self, at: "clinic")
        if staff.role != .admin {
            if let asked = clinic, asked != staff.clinicID { return [] }
            clinic = staff.clinicID
        }
        return try await req.store.searchClients(query, clinic: clinic, limit: page.limit, offset: page.offset)
            .map(ClientListItem.init)
    }

    func show(req: Request) async throws -> ClientView {
        let client = try await visibleClient(req)
        let today = LocalDate(req.now, in: try await clinicTimeZone(req, client.clinicID))
        return ClientView(client, today: today, screening: try await ClientScreening.load(client, on: today, store: req.store))
    }

    func create(req: Request) async throws -> Response {
        let staff = try req.staff
        let body = try req.decodeJSON(ClientInput.self)
        let outcome = try await ClientRegistration(store: req.store, now: req.now).register(body, by: staff)
        req.auditNote(clientID: outcome.client.id, clinicID: outcome.client.clinicID, subjectID: outcome.client.id)
        let screening = try await ClientScreening.load(outcome.client, on: outcome.today, store: req.store)
        return try created(ClientView(outcome.client, today: outcome.today, screening: screening))
    }

    func sessions(req: Request) async throws -> [TreatmentSession] {
        let page = try Paging(req)
        let client = try await visibleClient(req)
        return page.slice(try await req.store.sessions(client: client.id))
    }

    func journeys(req: Request) async throws -> [JourneyRecord] {
        let page = try Paging(req)
        let client = try await visibleClient(req)
        return page.slice(try await req.store.journeys(client: client.id))
    }

    /// Every consent given or withdrawn, newest first. Consents are not health data: reception,
    /// who often takes the signed forms, reads and records them too.
    func consents(req: Request) async throws -> [ConsentRecord] {
        let page = try Paging(req)
        let client = try await clientOfClinic(req)
        return page.slice(try await req.store.consents(client: client.id))
    }

    /// A consent recorded by staff; with `documentID` and `signerName`, the client's signature of
    /// that document on the clinic's tablet.
    struct ConsentInput: Decodable {
        var kind: String
        var given: Bool
        var note: String?
        var documentID: UUID?
        var signerName: String?
    }

    func recordConsent(req: Request) async throws -> Response {
        let staff = try req.staff
        let client = try await clientOfClinic(req)
        let input = try req.decodeJSON(ConsentInput.self)
        let kind = try ConsentForm.kind(input.kind)
        let note = try ConsentForm.note(input.note)
        let signature = try await Self.signature(input, kind: kind, client: client, req: req)
        let id = try await req.recordConsent(client: client, kind: kind, given: input.given, note: note, by: staff,
                                             signature: signature)
        guard let record = try await req.store.consents(client: client.id).first(where: { $0.id == id }) else {
            throw APIError.notFound("consent")
        }
        return try created(record)
    }

    /// The signature the input describes: the current version of the kind's document in the
    /// client's language, signed with the client's own name.
    private static func signature(_ input: ConsentInput, kind: ConsentKind, client: ClientRecord,
                                  req: Request) async throws -> ConsentSignature? {
        guard input.documentID != nil || input.signerName != nil else { return nil }
        guard input.given else { throw APIError.invalid("given", "a signature gives consent; a withdrawal is recorded without one") }
        let current = try await req.store.currentConsentDocuments(clinic: client.clinicID, language: client.preferredLanguage)
        guard let document = current.first(where: { $0.kind == kind }), document.id == input.documentID else {
            throw APIError.invalid("documentID", "must be the current version of the \(kind.rawValue) document in the client's language")
        }
        guard let name = input.signerName, TypedName.matches(name, client.fullName) else {
            throw APIError.invalid("signerName", "must be the client's full name as registered")
        }
        return ConsentSignature(document: document, signerName: name.trimmingCharacters(in: .whitespacesAndNewlines),
                                channel: .tablet, remoteAddress: req.remoteAddress?.ipAddress,
                                userAgent: req.headers.first(name: .userAgent))
    }

    private func clientOfClinic(_ req: Request) async throws -> ClientRecord {
        let staff = try req.staff
        guard let client = try await req.store.client(try req.uuid("clientID")), staff.canSee(clinic: client.clinicID) else {
            throw APIError.notFound("client")
        }
        req.auditNote(clientID: client.id, clinicID: client.clinicID)
        return client
    }

    private func visibleClient(_ req: Request) async throws -> ClientRecord {
        let staff = try req.staff
        try staff.requireHealthAccess()
        guard let client = try await req.store.client(try req.uuid("clientID")), staff.canSee(clinic: client.clinicID) else {
            throw APIError.notFound("client")
        }
        req.auditNote(clientID: client.id, clinicID: client.clinicID)
        return client
    }

    private func clinicTimeZone(_ req: Request, _ id: UUID) async throws -> TimeZone {
        guard let clinic = try await req.store.clinic(id) else { throw APIError.notFound("clinic") }
        return try clinic.zone()
    }
}

extension JourneyRecord: Content {}

extension ConsentRecord: Content {}
