import Foundation
import Vapor

/// Finds the staff member behind `Authorization: Bearer …`: a token that is not revoked, not
/// expired and whose holder is not deactivated. Read from the database on every request, not
/// cached, so a revocation or a deactivation holds at once on every instance; the token's last
/// use is written at most once an hour.
struct BearerTokenAuthenticator: AsyncBearerAuthenticator {
    static let lastUseResolution: TimeInterval = 3600

    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard bearer.token.count <= 200 else { return }
        let now = request.now
        guard let holder = try await request.store.tokenHolder(tokenHash: APIToken.hash(bearer.token), now: now) else { return }
        if holder.lastUsedAt.map({ now.timeIntervalSince($0) >= Self.lastUseResolution }) ?? true {
            try await request.store.markTokenUsed(holder.tokenID, at: now)
        }
        request.auth.login(holder.staff)
    }
}
