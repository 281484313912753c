import Foundation
import StippleStore
import Vapor

/// Staff sign in with a password and get a session cookie. The cookie holds a random 256-bit
/// value; the database keeps only its SHA-256, with the session's CSRF token and expiry.
enum StaffSessionCookie {
    static let name = "stipple_staff"
    /// Set on the login form before anyone signs in: the form's hidden field must match it
    /// (a double-submit token), so another site cannot sign a browser in to its own account.
    static let loginName = "stipple_login"
    static let lifetime: TimeInterval = 12 * 3600

    static func value(_ token: String, maxAge: Int, secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: token, maxAge: maxAge, path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    static func expired(secure: Bool) -> HTTPCookies.Value {
        HTTPCookies.Value(string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/", isSecure: secure,
                          isHTTPOnly: true, sameSite: .lax)
    }
}

/// The signed-in staff member's session on this request.
struct SignedInSession: Sendable {
    var tokenHash: String
    var csrfToken: String
}

struct SignedInSessionKey: StorageKey {
    typealias Value = SignedInSession
}

/// Finds the staff member behind the session cookie, if any.
struct StaffSessionAuthenticator: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[StaffSessionCookie.name]?.string, token.count <= 100, !token.isEmpty {
            let hash = SecretToken.hash(token)
            if let session = try await request.store.staffSession(tokenHash: hash, now: request.now) {
                request.auth.login(session.staff)
                request.storage[SignedInSessionKey.self] = SignedInSession(tokenHash: hash, csrfToken: session.csrfToken)
            }
        }
        return try await next.respond(to: request)
    }
}

/// Staff pages need a signed-in person; anyone else is sent to the login form, which brings
/// them back afterwards. Every POST must carry the session's CSRF token.
struct RequireStaffPage: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.auth.has(StaffMember.self), let session = request.storage[SignedInSessionKey.self] else {
            if request.method == .GET {
                let home = StaffRoute.home.path()
                let next = request.url.path.hasPrefix(home) ? request.url.string : home
                return request.redirect(to: StaffRoute.login.path() + "?next=\(next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
            }
            return StaffPageLayout.message(title: "Signed out", text: "Your session has ended. Sign in again.",
                                           status: .unauthorized)
        }
        if request.method == .POST {
            let sent = (try? request.content.get(String.self, at: "_csrf")) ?? ""
            guard CSRF.matches(sent, session.csrfToken) else {
                return StaffPageLayout.message(title: "Form expired",
                                               text: "This form was not sent from your current session. Go back, reload the page and try again.",
                                               status: .forbidden)
            }
        }
        return try await next.respond(to: request)
    }
}

enum CSRF {
    /// Equal strings, compared in time that does not depend on where they differ.
    static func matches(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count, !x.isEmpty else { return false }
        var diff: UInt8 = 0
        for i in x.indices { diff |= x[i] ^ y[i] }
        return diff == 0
    }
}

extension Request {
    /// The CSRF token for the forms of this page.
    var csrfToken: String { storage[SignedInSessionKey.self]?.csrfToken ?? "" }
}
