import Foundation
import StippleStore
import Vapor

/// Bearer tokens for the API: a `SecretToken` with a recognisable prefix, shown once.
public enum APIToken {
    public static func generate() -> String { SecretToken.generate(prefix: "stp_") }
    public static func hash(_ token: String) -> String { SecretToken.hash(token) }
}

extension StaffMember: Authenticatable {}

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
