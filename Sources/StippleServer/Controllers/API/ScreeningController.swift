import Foundation
import StippleCore
import StippleStore
import Vapor

/// `/api/v1/clients/{clientID}/…`: the client's screening, its clearances, the skin assessment,
/// and sending the screening link (which reception does too).
struct ScreeningController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("clients", ":clientID", "screening", use: show)
        routes.post("clients", ":clientID", "screenings", use: enter)
        routes.post("clients", ":clientID", "clearances", use: clear)
        routes.put("clients", ":clientID", "skin", use: assessSkin)
        routes.post("clients", ":clientID", "screening-link", use: sendLink)
    }

    func show(req: Request) async throws -> ScreeningView {
        let (client, clinic) = try await req.healthClient()
        return try await view(client, clinic, req)
    }

    func enter(req: Request) async throws -> Response {
        let staff = try req.staff
        let (client, clinic) = try await req.healthClient()
        let entry = try req.decodeJSON(ScreeningEntryInput.self).validated()
        let record = try await req.store.recordScreening(NewScreening(
            clientID: client.id, language: client.preferredLanguage, response: entry.response, confirmedName: nil,
            channel: .staff, recordedBy: staff.id), skin: (entry.skinType, entry.thickSkin), now: req.now)
        req.auditNote(subjectID: record.id)
        return try created(try await view(client, clinic, req))
    }

    struct ClearanceInput: Decodable {
        var kind: String
        var evidence: String
    }

    func clear(req: Request) async throws -> Response {
        let staff = try req.staff
        let (client, clinic) = try await req.healthClient()
        let input = try req.decodeJSON(ClearanceInput.self)
        let kind = try ClearanceKind.parse(input.kind, field: "kind")
        try await ScreeningRecording(store: req.store, now: req.now).clear(kind, evidence: input.evidence, client: client, by: staff)
        return try created(try await view(client, clinic, req))
    }

    struct SkinInput: Decodable {
        var skinType: Int?
        var thickSkin: Bool
    }

    func assessSkin(req: Request) async throws -> ScreeningView {
        let (client, clinic) = try await req.healthClient()
        let input = try req.decodeJSON(SkinInput.self)
        if let type = input.skinType, !(1...6).contains(type) {
            throw APIError.invalid("skinType", "must be a Fitzpatrick type from 1 to 6")
        }
        guard try await req.store.assessSkin(client: client.id, skinType: input.skinType, thickSkin: input.thickSkin, now: req.now) else {
            throw APIError(status: .conflict, code: "screening_missing", message: "the client has not completed a screening")
        }
        return try await view(client, clinic, req)
    }

    struct LinkSent: Content {
        var channel: ContactChannel
        var expiresAt: Date
    }

    /// The link goes through the outbox on the client's channel; the answer never holds it.
    func sendLink(req: Request) async throws -> Response {
        let staff = try req.staff
        guard let client = try await req.store.client(try req.uuid("clientID")), staff.canSee(clinic: client.clinicID),
              let clinic = try await req.store.clinic(client.clinicID)
        else { throw APIError.notFound("client") }
        req.auditNote(clientID: client.id, clinicID: client.clinicID, subjectID: client.id)
        let expiresAt = try await ScreeningLinks(store: req.store, now: req.now, sealer: req.settings.linkSealer)
            .send(to: client, clinic: clinic, by: staff)
        let response = try await LinkSent(channel: client.preferredChannel, expiresAt: expiresAt).encodeResponse(for: req)
        response.status = .accepted
        return response
    }

    /// The client's screening as it stands today on the clinic's clock; 404 before the first.
    private func view(_ client: ClientRecord, _ clinic: Clinic, _ req: Request) async throws -> ScreeningView {
        let screening = try await ClientScreening.load(client, on: LocalDate(req.now, in: try clinic.zone()), store: req.store)
        guard let view = ScreeningView(screening) else { throw APIError.notFound("screening") }
        return view
    }
}
