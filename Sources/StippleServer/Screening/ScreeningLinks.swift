import Foundation
import StippleCore
import StippleStore

/// The client's private link to the screening questionnaire: `/s/<token>`, a 256-bit secret
/// stored hashed, sent sealed through the outbox on the client's channel (never logged), open
/// for `days` or until the questionnaire is completed. Reception sends it too.
struct ScreeningLinks {
    let store: Store
    let now: Date
    let sealer: LinkSealer
    var days = 14

    /// Sends a new link; an earlier one stays open until it ends.
    func send(to client: ClientRecord, clinic: Clinic, by staff: StaffMember) async throws -> Date {
        guard staff.canSee(clinic: client.clinicID) else { throw APIError.notFound("client") }
        guard client.preferredAddress != nil else {
            throw APIError.invalid("preferredChannel", "the client has no \(client.preferredChannel == .email ? "email address" : "mobile number") to send it to")
        }
        let token = SecretToken.generate()
        let expiresAt = now.addingTimeInterval(Double(days) * 86_400)
        let text = ScreeningText.invitation(client: client, clinic: clinic, days: days)
        let message = NewClientMessage(clientID: client.id, clinicID: clinic.id, kind: .screeningLink,
                                       language: client.preferredLanguage, channel: client.preferredChannel,
                                       subject: text.subject, text: text.body, sealedToken: sealer.seal(token))
        try await store.createScreeningRequest(client: client.id, tokenHash: SecretToken.hash(token), sentBy: staff.id,
                                               expiresAt: expiresAt, message: message, now: now)
        return expiresAt
    }
}
