import Foundation
import StippleStore
import Vapor

/// Bearer tokens for the API: a `SecretToken` with a recognisable prefix, shown once.
public enum APIToken {
    public static func generate() -> String { SecretToken.generate(prefix: "stp_") }
    public static func hash(_ token: String) -> String { SecretToken.hash(token) }
}

extension StaffMember: Authenticatable {}

/// Finds the staff member behind `Authorization: Bearer …`.
struct BearerTokenAuthenticator: AsyncBearerAuthenticator {
    func authenticate(bearer: BearerAuthorization, for request: Request) async throws {
        guard bearer.token.count <= 200 else { return }
        let hash = APIToken.hash(bearer.token)
        // The wall clock, not the injected one: cache expiry is about this process, not the data.
        let now = Date()
        let cache = request.application.tokenCache
        if let staff = cache.staff(forHash: hash, now: now) {
            request.auth.login(staff)
        } else if let staff = try await request.store.staffMember(tokenHash: hash) {
            cache.remember(staff, forHash: hash, now: now)
            request.auth.login(staff)
        }
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

struct TokenCacheKey: StorageKey {
    typealias Value = TokenCache
}

extension Application {
    var tokenCache: TokenCache {
        configured(TokenCacheKey.self)
    }
}
