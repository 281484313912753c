import Foundation
import NIOPosix
import Synchronization
import StippleStore
import Vapor

/// Sign in and sign out. A new session is made at every sign-in (whatever cookie came with the
/// request), so a session planted before sign-in is never the one that gets the rights.
struct LoginController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.on(StaffRoute.login, use: form)
        routes.on(StaffRoute.signIn, use: login)
    }

    struct LoginInput: Decodable {
        var email: String?
        var password: String?
        var next: String?
        var _csrf: String?
    }

    func form(req: Request) async throws -> Response {
        if req.auth.has(StaffMember.self) { return req.redirect(to: StaffRoute.home.path()) }
        let csrf = req.cookies[StaffSessionCookie.loginName]?.string.nonEmpty ?? SecretToken.generate()
        let response = LoginPage.render(csrf: csrf, next: Self.safeNext(req.query[String.self, at: "next"]))
        response.cookies[StaffSessionCookie.loginName] = StaffSessionCookie.value(csrf, maxAge: 3600, secure: req.settings.secureCookies)
        return response
    }

    func login(req: Request) async throws -> Response {
        let input = (try? req.content.decode(LoginInput.self)) ?? LoginInput()
        let next = Self.safeNext(input.next)
        let email = (input.email ?? "").trimmingCharacters(in: .whitespaces)
        let loginCookie = req.cookies[StaffSessionCookie.loginName]?.string ?? ""
        func again(_ problem: String, _ status: HTTPStatus) -> Response {
            let csrf = loginCookie.nonEmpty ?? SecretToken.generate()
            let response = LoginPage.render(csrf: csrf, next: next, email: String(email.prefix(200)), problem: problem, status: status)
            response.cookies[StaffSessionCookie.loginName] = StaffSessionCookie.value(csrf, maxAge: 3600, secure: req.settings.secureCookies)
            return response
        }
        guard CSRF.matches(input._csrf ?? "", loginCookie) else {
            return again("The form had expired. Please sign in again.", .forbidden)
        }
        let now = req.now
        if let wait = req.application.loginThrottle.attempt(from: req.clientAddress, at: now) {
            let response = again("Too many sign-in attempts from this address. Try again in \(Self.minutes(wait)).", .tooManyRequests)
            response.headers.replaceOrAdd(name: .retryAfter, value: String(wait))
            return response
        }
        let password = input.password ?? ""
        let pool = req.application.threadPool
        let wrong = "The email or the password is not right."
        guard !email.isEmpty, email.count <= 254, let account = try await req.store.staffLogin(email: email) else {
            // The same bcrypt work as for a real account, so timing does not tell which emails exist.
            _ = try await StaffPasswords.verify(password, hash: try await req.application.dummyPasswordHash(), on: pool)
            try await req.audit(.loginFailed, .staff, actor: .system, detail: "unknown account")
            return again(wrong, .unauthorized)
        }
        let valid = try await StaffPasswords.verify(password, hash: account.passwordHash, on: pool)
        if let until = account.lockedUntil, until > now {
            try await req.audit(.loginFailed, .staff, subjectID: account.staff.id, actor: .staff(account.staff),
                                detail: "account locked")
            return again(Self.lockedMessage(until, now: now), .tooManyRequests)
        }
        guard valid else {
            let lockedUntil = try await req.store.recordFailedLogin(
                staff: account.staff.id, at: now, lockAfter: req.settings.loginLockAfter, lockFor: req.settings.loginLockDuration)
            try await req.audit(.loginFailed, .staff, subjectID: account.staff.id, actor: .staff(account.staff),
                                detail: lockedUntil == nil ? "wrong password" : "wrong password; account locked")
            if let lockedUntil { return again(Self.lockedMessage(lockedUntil, now: now), .tooManyRequests) }
            return again(wrong, .unauthorized)
        }
        if let old = req.cookies[StaffSessionCookie.name]?.string, !old.isEmpty {
            try await req.store.closeStaffSession(tokenHash: SecretToken.hash(old))
        }
        let token = SecretToken.generate()
        try await req.store.openStaffSession(
            staff: account.staff.id, tokenHash: SecretToken.hash(token), csrfToken: SecretToken.generate(), at: now,
            expiresAt: now.addingTimeInterval(StaffSessionCookie.lifetime))
        req.auth.login(account.staff)
        try await req.audit(.login, .staff, subjectID: account.staff.id)
        let secure = req.settings.secureCookies
        let response = req.redirect(to: next == StaffRoute.home.path() ? Self.home(for: account.staff) : next, redirectType: .normal)
        response.cookies[StaffSessionCookie.name] = StaffSessionCookie.value(token, maxAge: Int(StaffSessionCookie.lifetime), secure: secure)
        response.cookies[StaffSessionCookie.loginName] = StaffSessionCookie.expired(secure: secure)
        return response
    }

    /// Where a person lands: reception has no health data, so no dashboard.
    /// Everyone starts at the clinic's day.
    static func home(for _: StaffMember) -> String {
        StaffRoute.day.path()
    }

    /// Only a path of the staff pages: never another site, nor `//host`.
    static func safeNext(_ next: String?) -> String {
        let home = StaffRoute.home.path()
        guard let next, next == home || next.hasPrefix(home + "/") || next.hasPrefix(home + "?"), !next.contains("//"),
              !next.contains("\\"), next.count < 500, !next.hasPrefix(StaffRoute.login.path())
        else { return home }
        return next
    }

    static func lockedMessage(_ until: Date, now: Date) -> String {
        let wait = minutes(max(1, Int(until.timeIntervalSince(now))))
        return "This account is locked after too many failed attempts. Try again in \(wait), or ask an admin to set a new password."
    }

    static func minutes(_ seconds: Int) -> String {
        let m = (seconds + 59) / 60
        return m == 1 ? "1 minute" : "\(m) minutes"
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}

struct LoginThrottleKey: StorageKey {
    typealias Value = AddressThrottle
}

extension Application {
    var loginThrottle: AddressThrottle {
        configured(LoginThrottleKey.self)
    }

    func dummyPasswordHash() async throws -> String {
        try await configured(DummyPasswordHashKey.self).value(on: threadPool)
    }
}

extension Request {
    /// The peer's address; the server is meant to sit behind a proxy only when configured so.
    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}
