import Foundation
import StippleStore

/// The client's private link to their journey: `/j/<token>`, a 256-bit secret shown once and
/// stored hashed. Issuing a new link ends the old one; links expire (`journeyLinkDays`).
public enum JourneyLinks {
    public struct Issued: Sendable {
        public var token: String
        public var path: String
        public var link: JourneyLink
    }

    public static func issue(journey: UUID, store: Store, now: Date, days: Int, sealer: LinkSealer) async throws -> Issued {
        let (token, new) = make(now: now, days: days, sealer: sealer)
        let link = try await store.issueJourneyLink(journey: journey, tokenHash: new.tokenHash, sealedToken: new.sealedToken,
                                                    now: now, expiresAt: new.expiresAt)
        return Issued(token: token, path: ClientRoute.today.path(token), link: link)
    }

    /// A new token and what the store keeps of it, for a link written with its journey.
    static func make(now: Date, days: Int, sealer: LinkSealer) -> (token: String, link: NewJourneyLink) {
        let token = SecretToken.generate()
        return (token, NewJourneyLink(tokenHash: SecretToken.hash(token), sealedToken: sealer.seal(token),
                                      expiresAt: now.addingTimeInterval(Double(days) * 86_400)))
    }

    /// A token's shape before any database look-up: base64url, 43 characters.
    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 43 && token.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
        }
    }
}
