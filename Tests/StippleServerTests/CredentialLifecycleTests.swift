import Foundation
import NIOConcurrencyHelpers
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// Tokens that can be listed, expire and be revoked, and people who can be deactivated: each
    /// ends at once, on the next request.
    @Suite struct CredentialLifecycleTests {
        func status(_ app: Application, _ token: String) async throws -> HTTPStatus {
            var out = HTTPStatus.ok
            try await app.testing().test(.GET, "api/v1/clinics", headers: bearer(token)) { res async in out = res.status }
            return out
        }

        @Test(arguments: TestStores.all)
        func anAdminIssuesListsAndRevokesATokenThatStopsAtOnce(store: StoreLocation) async throws {
            let clock = NIOLockedValueBox(testNow)
            try await withStipple(store, settings: { $0.now = { clock.withLockedValue { $0 } } }) { app, f in
                // A session that outlasts the clock's moves below.
                let admin = StaffCookie(token: SecretToken.generate(), csrf: SecretToken.generate())
                try await Store(app.db).openStaffSession(staff: f.admin.id, tokenHash: SecretToken.hash(admin.token), csrfToken: admin.csrf,
                                                         at: testNow, expiresAt: testNow.addingTimeInterval(12 * 3600))
                var (h, b) = admin.form([("staff", f.technician.id.uuidString), ("name", "Booking system"), ("days", "30")])
                var token = ""
                try await app.testing().test(.POST, "staff/tokens", headers: h, body: b) { res async throws in
                    // Shown once, on the page the form redirects to; a reload of that page shows it no more.
                    let page = try await admin.followed(app, res)
                    token = String(try #require(html(page).firstMatch(of: /id="new-token">(stp_[^<]+)</)?.1))
                    #expect(page.headers.setCookie?[StaffFlash.cookie]?.string == "")
                    let reload = try await app.testing().sendRequest(.GET, "staff/people", headers: admin.headers)
                    #expect(!html(reload).contains(token))
                }
                #expect(try await status(app, token) == .ok)
                let listed = try #require(try await Store(app.db).apiTokens(staff: f.technician.id).first { $0.name == "Booking system" })
                #expect(listed.lastUsedAt == testNow && listed.expiresAt == testNow.addingTimeInterval(30 * 86_400))
                // Listed by name and dates; the secret and its hash never reach the page.
                try await app.testing().test(.GET, "staff/people", headers: admin.headers) { res async in
                    let page = html(res)
                    #expect(page.contains("Booking system") && page.contains("id=\"token-\(listed.id)\""))
                    #expect(!page.contains(token) && !page.contains(APIToken.hash(token)))
                }
                // Used again within the hour: no write; after it, the time moves.
                clock.withLockedValue { $0 = testNow.addingTimeInterval(1800) }
                #expect(try await status(app, token) == .ok)
                #expect(try await Store(app.db).apiTokens(staff: f.technician.id).first { $0.id == listed.id }?.lastUsedAt == testNow)
                clock.withLockedValue { $0 = testNow.addingTimeInterval(3 * 3600) }
                #expect(try await status(app, token) == .ok)
                #expect(try await Store(app.db).apiTokens(staff: f.technician.id).first { $0.id == listed.id }?.lastUsedAt
                        == testNow.addingTimeInterval(3 * 3600))

                // Revoked: the very next call is refused.
                (h, b) = admin.form([])
                try await app.testing().test(.POST, "staff/tokens/\(listed.id)/revoke", headers: h, body: b) { res async throws in
                    #expect(html(try await admin.followed(app, res)).contains("is revoked"))
                }
                #expect(try await status(app, token) == .unauthorized)
                let audited = try await Store(app.db).auditEvents(AuditFilter(staffID: f.admin.id, subject: .staff), limit: 10)
                #expect(audited.contains { $0.action == .update && $0.detail == "API token \"Booking system\" of Tom Price revoked" })
                #expect(audited.contains { $0.action == .create && $0.detail == "API token \"Booking system\" for Tom Price" })

                // Bad input names what is wrong.
                for fields in [[("staff", "nobody"), ("name", "x")], [("staff", f.technician.id.uuidString), ("name", "")],
                               [("staff", f.technician.id.uuidString), ("name", "x"), ("days", "0")]] {
                    (h, b) = admin.form(fields)
                    try await app.testing().test(.POST, "staff/tokens", headers: h, body: b) { res async in
                        #expect(res.status == .unprocessableEntity && html(res).contains("id=\"token-problem\""))
                    }
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aTokenStopsWhenItExpires(store: StoreLocation) async throws {
            let clock = NIOLockedValueBox(testNow)
            try await withStipple(store, settings: { $0.now = { clock.withLockedValue { $0 } } }) { app, f in
                _ = try await Store(app.db).addAPIToken(staff: f.lead.id, name: "a day", tokenHash: APIToken.hash("day-token"),
                                                        expiresAt: testNow.addingTimeInterval(86_400), at: testNow)
                #expect(try await status(app, "day-token") == .ok)
                clock.withLockedValue { $0 = testNow.addingTimeInterval(86_399) }
                #expect(try await status(app, "day-token") == .ok)
                clock.withLockedValue { $0 = testNow.addingTimeInterval(86_400) }
                #expect(try await status(app, "day-token") == .unauthorized)
            }
        }

        @Test(arguments: TestStores.all)
        func aDeactivatedPersonsSessionTokensFeedAndSignInAllStopAtOnce(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await givePassword(app, f.technician, email: "tom.price@stipple.example", password: "a long enough passphrase")
                let tom = try await signIn(app, f.technician)
                var (h, b) = tom.form([])
                var feed = ""
                try await app.testing().test(.POST, "staff/calendar/feed", headers: h, body: b) { res async throws in
                    feed = String(try #require(html(try await tom.followed(app, res)).firstMatch(of: /(calendar\/[^<."]+\.ics)/)?.1))
                }
                try await app.testing().test(.GET, feed) { res async in #expect(res.status == .ok) }
                #expect(try await status(app, Fixture.technicianToken) == .ok)

                let admin = try await signIn(app, f.admin)
                (h, b) = admin.form([])
                try await app.testing().test(.POST, "staff/people/\(f.technician.id)/deactivate", headers: h, body: b) { res async throws in
                    let page = try await admin.followed(app, res)
                    #expect(html(page).contains("Tom Price is deactivated"))
                    #expect(html(page).contains("Deactivated "))
                }
                // Each way in is closed on the very next request.
                try await app.testing().test(.GET, "staff/dashboard", headers: tom.headers) { res async in
                    #expect(res.status == .seeOther && res.headers.first(name: .location)?.hasPrefix("/staff/login") == true)
                }
                #expect(try await status(app, Fixture.technicianToken) == .unauthorized)
                try await app.testing().test(.GET, feed) { res async in #expect(res.status == .notFound) }
                let csrf = try await loginForm(app)
                let (signInStatus, cookie, _) = try await postLogin(app, email: "tom.price@stipple.example",
                                                                    password: "a long enough passphrase", csrf: csrf)
                #expect(signInStatus != .seeOther && cookie == nil)
                let tokens = try await Store(app.db).apiTokens(staff: f.technician.id)
                #expect(!tokens.isEmpty && tokens.allSatisfy { $0.revokedAt != nil })
                // Deactivating again says so; nobody deactivates themselves.
                (h, b) = admin.form([])
                try await app.testing().test(.POST, "staff/people/\(f.technician.id)/deactivate", headers: h, body: b) { res async throws in
                    #expect(html(try await admin.followed(app, res)).contains("was deactivated already"))
                }
                try await app.testing().test(.POST, "staff/people/\(f.admin.id)/deactivate", headers: h, body: b) { res async in
                    #expect(res.status == .conflict && html(res).contains("You cannot deactivate yourself"))
                }
                #expect(try await status(app, Fixture.adminToken) == .ok)
            }
        }
    }
}
