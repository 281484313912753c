import Foundation
import StippleStore
import Vapor

/// Bearer tokens for the API: a `SecretToken` with a recognisable prefix, shown once.
public enum APIToken {
    public static func generate() -> String { SecretToken.generate(prefix: "stp_") }
    public static func hash(_ token: String) -> String { SecretToken.hash(token) }
}

extension StaffMember: Authenticatable {}

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

/// Rejects requests without a valid token with the JSON 401.
struct RequireStaff: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(StaffMember.self) else { throw APIError.unauthorized }
        return try await next.respond(to: request)
    }
}

extension Request {
    var staff: StaffMember {
        get throws {
            guard let s = auth.get(StaffMember.self) else { throw APIError.unauthorized }
            return s
        }
    }
}

extension StaffMember {
    /// Admins see the whole chain; everyone else their own clinic.
    func canSee(clinic: UUID) -> Bool { role == .admin || clinicID == clinic }

    /// Health data (screening, conditions, sessions, check-ins) is for technicians and admins,
    /// not reception.
    var seesHealthData: Bool { role != .reception }

    /// Health data (screening, sessions, check-ins) is for technicians and admins, not reception.
    func requireHealthAccess() throws {
        if !seesHealthData { throw APIError.forbidden("reception staff cannot read or write health data") }
    }

    func requireRole(_ roles: StaffRole..., because reason: String) throws {
        if !roles.contains(role) { throw APIError.forbidden(reason) }
    }
}

