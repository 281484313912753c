import Foundation
import StippleCore
import StippleStore

/// The message that hands a client their journey's link after a session, in their language,
/// on their channel; the dispatcher adds the link itself, opened from its seal only to send.
enum JourneyLinkMessage {
    /// Nil when the client left no address for their channel: the link is then shown on screen only.
    static func make(client: ClientRecord, clinic: Clinic, sealedToken: String?) -> NewClientMessage? {
        guard client.preferredAddress != nil else { return nil }
        let first = client.firstName
        let (subject, text) = switch client.preferredLanguage {
        case .enGB:
            ("Your healing page",
             "Hello \(first),\n\nThank you for your session at \(clinic.name). Your healing page shows what is normal each day and what to do, and you can check in there with photos. The link below is yours alone.")
        case .nlNL:
            ("Je herstelpagina",
             "Hoi \(first),\n\nBedankt voor je sessie bij \(clinic.name). Op je herstelpagina zie je wat elke dag normaal is en wat je moet doen, en je kunt er inchecken met foto's. De link hieronder is alleen voor jou.")
        }
        return NewClientMessage(clientID: client.id, clinicID: clinic.id, kind: .journeyLink, language: client.preferredLanguage,
                                channel: client.preferredChannel, subject: subject, text: text, sealedToken: sealedToken)
    }
}
