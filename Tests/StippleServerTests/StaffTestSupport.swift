import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

/// A signed-in staff member's cookie and CSRF token.
struct StaffCookie {
    var token: String
    var csrf: String

    var headers: HTTPHeaders {
        var h = HTTPHeaders()
        h.add(name: .cookie, value: "\(StaffSessionCookie.name)=\(token)")
        return h
    }

    /// The page a form's 303 leads to, read as the browser would: with this session and the
    /// flash cookie the redirect set (`StaffFlash`).
    func followed(_ app: Application, _ redirect: TestingHTTPResponse) async throws -> TestingHTTPResponse {
        #expect(redirect.status == .seeOther)
        let location = try #require(redirect.headers.first(name: .location))
        var h = headers
        if let flash = redirect.headers.setCookie?[StaffFlash.cookie] {
            h.replaceOrAdd(name: .cookie, value: "\(StaffSessionCookie.name)=\(token); \(StaffFlash.cookie)=\(flash.string)")
        }
        return try await app.testing().sendRequest(.GET, String(location.dropFirst()), headers: h)
    }

    /// A form POST of this session, with its CSRF token unless `csrf` says otherwise.
    func form(_ fields: [(String, String)], csrf: String? = nil) -> (HTTPHeaders, ByteBuffer) {
        var (h, body) = formBody(fields + [("_csrf", csrf ?? self.csrf)])
        h.add(name: .cookie, value: "\(StaffSessionCookie.name)=\(token)")
        return (h, body)
    }
}

/// Signs `staff` in without the password form (which has tests of its own): a session row and
/// the cookie that opens it.
func signIn(_ app: Application, _ staff: StaffMember, at: Date = testNow) async throws -> StaffCookie {
    let token = SecretToken.generate(), csrf = SecretToken.generate()
    try await Store(app.db).openStaffSession(staff: staff.id, tokenHash: SecretToken.hash(token), csrfToken: csrf,
                                             at: at, expiresAt: at.addingTimeInterval(3600))
    return StaffCookie(token: token, csrf: csrf)
}

/// Gives `staff` a password login, hashed at the test cost.
func givePassword(_ app: Application, _ staff: StaffMember, email: String, password: String) async throws {
    try await Store(app.db).setLogin(staff: staff.id, email: email, passwordHash: try Bcrypt.hash(password, cost: 4))
}

/// The value of a Set-Cookie header for `name`, if the response sets it.
func setCookie(_ res: TestingHTTPResponse, _ name: String) -> String? {
    res.headers[.setCookie].first { $0.hasPrefix(name + "=") }
}

func cookieValue(_ header: String?) -> String? {
    guard let header, let eq = header.firstIndex(of: "=") else { return nil }
    return String(header[header.index(after: eq)...].prefix { $0 != ";" })
}

func html(_ res: TestingHTTPResponse) -> String { String(buffer: res.body) }

/// The login form's double-submit token, as a browser would get it.
func loginForm(_ app: Application, headers: HTTPHeaders = [:]) async throws -> String {
    var csrf = ""
    try await app.testing().test(.GET, "staff/login", headers: headers) { res async throws in
        #expect(res.status == .ok)
        csrf = try #require(cookieValue(setCookie(res, StaffSessionCookie.loginName)))
    }
    return csrf
}

/// Posts the login form; returns the response's status, the session cookie it set and its location.
func postLogin(_ app: Application, email: String, password: String, csrf: String, next: String = "/staff",
               extraCookie: String? = nil) async throws -> (HTTPStatus, String?, String?) {
    var (headers, body) = formBody([("email", email), ("password", password), ("_csrf", csrf), ("next", next)])
    headers.add(name: .cookie, value: "\(StaffSessionCookie.loginName)=\(csrf)" + (extraCookie.map { "; " + $0 } ?? ""))
    var out: (HTTPStatus, String?, String?) = (.ok, nil, nil)
    try await app.testing().test(.POST, "staff/login", headers: headers, body: body) { res async in
        out = (res.status, cookieValue(setCookie(res, StaffSessionCookie.name)), res.headers.first(name: .location))
    }
    return out
}
