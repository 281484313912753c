import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    @Suite struct StaffLoginTests {
        static let email = "priya.shah@stipple.example"
        static let password = "correct horse battery"

        @Test(arguments: TestStores.all)
        func signingInSetsAnHttpOnlyCookieAndSigningOutEndsTheSession(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await givePassword(app, f.lead, email: Self.email, password: Self.password)
                let csrf = try await loginForm(app)
                var sessionHeader: String?
                var (headers, body) = formBody([("email", "Priya.Shah@Stipple.example "), ("password", Self.password),
                                                 ("_csrf", csrf), ("next", "/staff")])
                headers.add(name: .cookie, value: "\(StaffSessionCookie.loginName)=\(csrf)")
                try await app.testing().test(.POST, "staff/login", headers: headers, body: body) { res async in
                    #expect(res.status == .seeOther)
                    #expect(res.headers.first(name: .location) == "/staff/day")
                    sessionHeader = setCookie(res, StaffSessionCookie.name)
                }
                let header = try #require(sessionHeader)
                #expect(header.contains("HttpOnly") && header.contains("SameSite=Lax") && !header.contains("Secure"))
                let token = try #require(cookieValue(header))
                // Only the hash is stored.
                #expect(try await Store(app.db).staffSession(tokenHash: token, now: testNow) == nil)
                let session = try #require(try await Store(app.db).staffSession(tokenHash: SecretToken.hash(token), now: testNow))
                let cookie = StaffCookie(token: token, csrf: session.csrfToken)
                try await app.testing().test(.GET, "staff/dashboard", headers: cookie.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Priya Shah (lead technician)"))
                }
                let (h, b) = cookie.form([])
                try await app.testing().test(.POST, "staff/logout", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                    #expect(setCookie(res, StaffSessionCookie.name)?.contains("Max-Age=0") == true)
                }
                try await app.testing().test(.GET, "staff/dashboard", headers: cookie.headers) { res async in
                    #expect(res.status == .seeOther)
                    #expect(res.headers.first(name: .location)?.hasPrefix("/staff/login?next=") == true)
                }
                let events = try await Store(app.db).auditEvents(AuditFilter(staffID: f.lead.id), limit: 10)
                #expect(events.map(\.action).contains(.login) && events.map(\.action).contains(.logout))
            }
        }

        @Test(arguments: TestStores.all)
        func theCookieIsSecureInProduction(store: StoreLocation) async throws {
            try await withStipple(store, settings: { $0.secureCookies = true }) { app, f in
                try await givePassword(app, f.lead, email: Self.email, password: Self.password)
                let csrf = try await loginForm(app)
                var (headers, body) = formBody([("email", Self.email), ("password", Self.password), ("_csrf", csrf)])
                headers.add(name: .cookie, value: "\(StaffSessionCookie.loginName)=\(csrf)")
                try await app.testing().test(.POST, "staff/login", headers: headers, body: body) { res async in
                    #expect(setCookie(res, StaffSessionCookie.name)?.contains("Secure") == true)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aWrongPasswordAndAnUnknownEmailGetTheSameAnswer(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await givePassword(app, f.lead, email: Self.email, password: Self.password)
                let csrf = try await loginForm(app)
                var pages: [String] = []
                for (email, password) in [(Self.email, "wrong password!"), ("nobody@stipple.example", Self.password)] {
                    var (headers, body) = formBody([("email", email), ("password", password), ("_csrf", csrf)])
                    headers.add(name: .cookie, value: "\(StaffSessionCookie.loginName)=\(csrf)")
                    try await app.testing().test(.POST, "staff/login", headers: headers, body: body) { res async in
                        #expect(res.status == .unauthorized)
                        #expect(setCookie(res, StaffSessionCookie.name) == nil)
                        pages.append(html(res).replacingOccurrences(of: email, with: ""))
                    }
                }
                #expect(pages[0] == pages[1])
                let failed = try await Store(app.db).auditEvents(AuditFilter(action: .loginFailed), limit: 10)
                #expect(failed.count == 2)
                #expect(failed.allSatisfy { !($0.detail ?? "").contains("wrong password!") })
            }
        }

        @Test(arguments: TestStores.all)
        func fiveWrongPasswordsLockTheAccountUntilAnAdminSetsANewOne(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await givePassword(app, f.lead, email: Self.email, password: Self.password)
                let old = try await signIn(app, f.lead)
                let csrf = try await loginForm(app)
                for attempt in 1...5 {
                    let (status, cookie, _) = try await postLogin(app, email: Self.email, password: "guess number \(attempt)", csrf: csrf)
                    #expect(status == (attempt < 5 ? .unauthorized : .tooManyRequests), "attempt \(attempt)")
                    #expect(cookie == nil)
                }
                let login = try #require(try await Store(app.db).staffLogin(email: Self.email))
                #expect(login.lockedUntil == testNow.addingTimeInterval(15 * 60))
                // Locked: even the right password is refused.
                #expect(try await postLogin(app, email: Self.email, password: Self.password, csrf: csrf).0 == .tooManyRequests)

                let admin = try await signIn(app, f.admin)
                let (h, b) = admin.form([("email", Self.email), ("password", "a brand new passphrase")])
                try await app.testing().test(.POST, "staff/people/\(f.lead.id)/password", headers: h, body: b) { res async throws in
                    #expect(html(try await admin.followed(app, res)).contains("can sign in with the new password"))
                }
                // The reset ended the sessions the person had open.
                try await app.testing().test(.GET, "staff/dashboard", headers: old.headers) { res async in #expect(res.status == .seeOther) }
                #expect(try await postLogin(app, email: Self.email, password: Self.password, csrf: csrf).0 == .unauthorized)
                let (status, cookie, _) = try await postLogin(app, email: Self.email, password: "a brand new passphrase", csrf: csrf)
                #expect(status == .seeOther && cookie != nil)

                // Too short a password, or another person's email, is refused with the field named.
                for (fields, expected) in [([("email", "x@stipple.example"), ("password", "short")], HTTPStatus.unprocessableEntity),
                                           ([("email", "not an email"), ("password", "long enough password")], .unprocessableEntity),
                                           ([("email", Self.email), ("password", "long enough password")], .conflict)] {
                    let (h2, b2) = admin.form(fields)
                    try await app.testing().test(.POST, "staff/people/\(f.technician.id)/password", headers: h2, body: b2) { res async in
                        #expect(res.status == expected)
                        #expect(html(res).contains("(email)") || html(res).contains("(password)"))
                    }
                }
            }
        }

        @Test(arguments: TestStores.all)
        func signingInNeverKeepsASessionFromBefore(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await givePassword(app, f.lead, email: Self.email, password: Self.password)
                // A session someone else planted in the browser: the sign-in must not adopt it.
                let planted = try await signIn(app, f.technician)
                let csrf = try await loginForm(app)
                let (status, cookie, _) = try await postLogin(app, email: Self.email, password: Self.password, csrf: csrf,
                                                              extraCookie: "\(StaffSessionCookie.name)=\(planted.token)")
                #expect(status == .seeOther)
                let fresh = try #require(cookie)
                #expect(fresh != planted.token)
                try await app.testing().test(.GET, "staff/dashboard", headers: planted.headers) { res async in
                    #expect(res.status == .seeOther)
                }
                // A made-up value is no session at all.
                var h = HTTPHeaders()
                h.add(name: .cookie, value: "\(StaffSessionCookie.name)=made-up-by-an-attacker")
                try await app.testing().test(.GET, "staff/dashboard", headers: h) { res async in #expect(res.status == .seeOther) }
            }
        }

        @Test(arguments: TestStores.all)
        func formsWithoutTheRightCSRFTokenAreRefused(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await givePassword(app, f.lead, email: Self.email, password: Self.password)
                // The login form: the hidden field must match the form's cookie.
                let csrf = try await loginForm(app)
                var (forged, forgedBody) = formBody([("email", Self.email), ("password", Self.password), ("_csrf", "forged")])
                forged.add(name: .cookie, value: "\(StaffSessionCookie.loginName)=\(csrf)")
                try await app.testing().test(.POST, "staff/login", headers: forged, body: forgedBody) { res async in
                    #expect(res.status == .forbidden)
                }
                let (headers, body) = formBody([("email", Self.email), ("password", Self.password), ("_csrf", csrf)])
                try await app.testing().test(.POST, "staff/login", headers: headers, body: body) { res async in
                    #expect(res.status == .forbidden)  // no cookie sent with it
                }
                // A signed-in form.
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"temperatureC":38.6}"#)) { res async in #expect(res.status == .created) }
                let alert = try #require(try await Store(app.db).alerts(clinic: f.london.id, statuses: [.open]).first)
                let lead = try await signIn(app, f.lead)
                for token in ["", "forged", SecretToken.generate()] {
                    let (h, b) = lead.form([], csrf: token)
                    try await app.testing().test(.POST, "staff/alerts/\(alert.id)/acknowledge", headers: h, body: b) { res async in
                        #expect(res.status == .forbidden)
                    }
                }
                #expect(try await Store(app.db).alert(alert.id)?.status == .open)
            }
        }

        @Test(arguments: TestStores.all)
        func tooManyAttemptsFromOneAddressWait(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let csrf = try await loginForm(app)
                for i in 1...20 {
                    let (status, _, _) = try await postLogin(app, email: "user\(i)@stipple.example", password: "whatever it is", csrf: csrf)
                    #expect(status == .unauthorized)
                }
                var (headers, body) = formBody([("email", "user21@stipple.example"), ("password", "x"), ("_csrf", csrf)])
                headers.add(name: .cookie, value: "\(StaffSessionCookie.loginName)=\(csrf)")
                try await app.testing().test(.POST, "staff/login", headers: headers, body: body) { res async in
                    #expect(res.status == .tooManyRequests)
                    #expect(Int(res.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
                }
                _ = f
            }
        }

        @Test(arguments: TestStores.all)
        func afterSigningInOnlyAStaffPathIsFollowed(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await givePassword(app, f.lead, email: Self.email, password: Self.password)
                let csrf = try await loginForm(app)
                for (next, expected) in [("https://evil.example/", "/staff/day"), ("//evil.example/staff", "/staff/day"),
                                         ("/staff/alerts?mine=1", "/staff/alerts?mine=1"), ("/stafford", "/staff/day")] {
                    let (_, _, location) = try await postLogin(app, email: Self.email, password: Self.password, csrf: csrf, next: next)
                    #expect(location == expected, "\(next)")
                }
            }
        }
    }
}
