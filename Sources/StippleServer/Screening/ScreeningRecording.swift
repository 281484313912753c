import Foundation
import StippleCore
import StippleStore

/// Keeping a completed questionnaire: from the client's link (the link is used up in the same
/// write, so two submissions keep one), on the clinic's tablet with staff beside the client, or
/// entered by staff over the API. Each becomes the client's current screening; clearances are
/// asked for anew.
struct ScreeningRecording {
    let store: Store
    let now: Date

    /// The client a screening link is for, while its questionnaire is open, or (`completed`)
    /// while the link lasts.
    func client(linkToken token: String, completed: Bool = false) async throws -> (ClientRecord, Clinic)? {
        guard JourneyLinks.isWellFormed(token),
              let client = try await store.screeningRequestClient(tokenHash: SecretToken.hash(token), now: now, completed: completed),
              let clinic = try await store.clinic(client.clinicID)
        else { return nil }
        return (client, clinic)
    }

    /// Completes the link's questionnaire; nil when the link was used or ended meanwhile.
    func complete(linkToken token: String, client: ClientRecord, response: ScreeningResponse, confirmedName: String,
                  remoteAddress: String?, userAgent: String?) async throws -> ScreeningRecord? {
        let screening = NewScreening(clientID: client.id, language: client.preferredLanguage, response: response,
                                     confirmedName: confirmedName, channel: .link, recordedBy: nil,
                                     remoteAddress: remoteAddress, userAgent: userAgent.map { String($0.prefix(300)) })
        return try await store.completeScreening(requestHash: SecretToken.hash(token), screening, now: now)
    }

    /// Keeps a questionnaire the client filled in on the clinic's tablet, or staff entered.
    func record(client: ClientRecord, response: ScreeningResponse, confirmedName: String?, channel: ScreeningChannel,
                by staff: StaffMember, remoteAddress: String? = nil, userAgent: String? = nil) async throws -> ScreeningRecord {
        try staff.requireHealthAccess()
        guard staff.canSee(clinic: client.clinicID) else { throw APIError.notFound("client") }
        return try await store.recordScreening(NewScreening(
            clientID: client.id, language: client.preferredLanguage, response: response, confirmedName: confirmedName,
            channel: channel, recordedBy: staff.id, remoteAddress: remoteAddress,
            userAgent: userAgent.map { String($0.prefix(300)) }), now: now)
    }

    /// Records a clearance the client's current screening asks for.
    func clear(_ kind: ClearanceKind, evidence: String?, client: ClientRecord, by staff: StaffMember) async throws {
        try staff.requireHealthAccess()
        guard staff.canSee(clinic: client.clinicID) else { throw APIError.notFound("client") }
        guard let health = try await store.health(client: client.id) else {
            throw APIError(status: .conflict, code: "screening_missing", message: "the client has not completed a screening")
        }
        guard ScreeningAssessment.clearancesNeeded(health.screening.response.answers).contains(kind) else {
            throw APIError.invalid("kind", "the client's screening does not ask for a \(kind.title.lowercased())")
        }
        guard let text = try PlainText.note(evidence, field: "evidence", maximum: 1000), !text.isEmpty else {
            throw APIError.invalid("evidence", "say what the clearance rests on")
        }
        do {
            try await store.recordClearance(screening: health.screening, kind: kind, evidence: text, by: staff.id, now: now)
        } catch is ClearanceExists {
            throw APIError(status: .conflict, code: "already_recorded", message: "this clearance is already recorded", field: "kind")
        }
    }
}
