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
