import Foundation
import SQLKit
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// An admin adds a person; the person sets their own password through a one-time link.
    @Suite struct StaffInvitationTests {
        /// Adds Ann Example (technician, London) through the People page; the invitation's token.
        static func invite(_ app: Application, _ f: Fixture, email: String = "ann@stipple.example") async throws -> String {
            let admin = try await signIn(app, f.admin)
            var (headers, body) = formBody([("_csrf", admin.csrf), ("name", "Ann Example"), ("role", "technician"),
                                            ("clinic", f.london.id.uuidString), ("email", email)])
            headers.add(name: .cookie, value: "\(StaffSessionCookie.name)=\(admin.token)")
            var token = ""
            try await app.testing().test(.POST, "staff/people", headers: headers, body: body) { res async throws in
                let page = try await admin.followed(app, res)
                #expect(page.body.string.contains("Ann Example is added."))
                let link = try #require(page.body.string.firstMatch(of: /id="new-token">[^<]*\/staff\/invitation\/([A-Za-z0-9_-]{43})</)?.1)
                token = String(link)
            }
            return token
        }

        @Test(arguments: TestStores.all)
        func aNewPersonSetsTheirPasswordOnceAndSignsIn(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let token = try await Self.invite(app, f)
                try await app.testing().test(.GET, "staff/invitation/\(token)") { res async in
                    #expect(res.status == .ok)
                    #expect(res.body.string.contains("Welcome to Stipple, Ann Example"))
                    #expect(res.body.string.contains("ann@stipple.example"))
                }
                for (password, again, problem) in [("short", "short", "at least 12 characters"),
                                                   ("a long enough password", "another long password", "not the same")] {
                    let (h, b) = formBody([("password", password), ("repeat", again)])
                    try await app.testing().test(.POST, "staff/invitation/\(token)", headers: h, body: b) { res async in
                        #expect(res.status == .unprocessableEntity)
                        #expect(res.body.string.contains(problem))
                    }
                }
                let (h, b) = formBody([("password", "a long enough password"), ("repeat", "a long enough password")])
                try await app.testing().test(.POST, "staff/invitation/\(token)", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                    #expect(res.headers.first(name: .location) == "/staff/login")
                }
                // Used: the link says so, and cannot set the password again.
                try await app.testing().test(.GET, "staff/invitation/\(token)") { res async in #expect(res.status == .notFound) }
                try await app.testing().test(.POST, "staff/invitation/\(token)", headers: h, body: b) { res async in
                    #expect(res.status == .notFound)
                }
                let csrf = try await loginForm(app)
                let (status, cookie, _) = try await postLogin(app, email: "ANN@stipple.example", password: "a long enough password", csrf: csrf)
                #expect(status == .seeOther && cookie != nil)
                let events = try await Store(app.db).auditEvents(AuditFilter(subject: .staff), limit: 20)
                #expect(events.contains { $0.detail == "password set from an invitation" && $0.actorName == "Ann Example" })
            }
        }

        @Test(arguments: TestStores.all)
        func theFormRefusesATakenEmailAClinicForAnAdminAndAnyoneButAnAdmin(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                _ = try await Self.invite(app, f)
                let admin = try await signIn(app, f.admin)
                func post(_ fields: [(String, String)], as cookie: StaffCookie) async throws -> (HTTPStatus, String) {
                    var (headers, body) = formBody([("_csrf", cookie.csrf)] + fields)
                    headers.add(name: .cookie, value: "\(StaffSessionCookie.name)=\(cookie.token)")
                    var out: (HTTPStatus, String) = (.ok, "")
                    try await app.testing().test(.POST, "staff/people", headers: headers, body: body) { res async in
                        out = (res.status, res.body.string)
                    }
                    return out
                }
                let taken = try await post([("name", "Ann Other"), ("role", "technician"), ("clinic", f.london.id.uuidString),
                                            ("email", "Ann@Stipple.example")], as: admin)
                #expect(taken.0 == .conflict && taken.1.contains("Another person signs in with this email"))
                let adminWithClinic = try await post([("name", "Al Admin"), ("role", "admin"), ("clinic", f.london.id.uuidString),
                                                      ("email", "al@stipple.example")], as: admin)
                #expect(adminWithClinic.0 == .unprocessableEntity && adminWithClinic.1.contains("choose none"))
                let noClinic = try await post([("name", "Tia Tech"), ("role", "technician"), ("clinic", ""),
                                               ("email", "tia@stipple.example")], as: admin)
                #expect(noClinic.0 == .unprocessableEntity && noClinic.1.contains(#"value="Tia Tech""#))
                let lead = try await signIn(app, f.lead)
                let byLead = try await post([("name", "Lee Lead"), ("role", "technician"), ("clinic", f.london.id.uuidString),
                                             ("email", "lee@stipple.example")], as: lead)
                #expect(byLead.0 == .forbidden)
                #expect(try await Store(app.db).staff(clinic: nil).filter { ["Ann Other", "Al Admin", "Tia Tech", "Lee Lead"].contains($0.name) }.isEmpty)
            }
        }

        @Test(arguments: TestStores.all)
        func fiftyUsesOfOneInvitationSetThePasswordOnceAndAnExpiredOneNever(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let token = try await Self.invite(app, f)
                let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                    for i in 0..<50 {
                        group.addTask {
                            let (h, b) = formBody([("password", "password number \(i)!"), ("repeat", "password number \(i)!")])
                            return try await app.testing().sendRequest(.POST, "staff/invitation/\(token)", headers: h, body: b).status
                        }
                    }
                    var out: [HTTPStatus] = []
                    for try await status in group { out.append(status) }
                    return out
                }
                #expect(statuses.filter { $0 == .seeOther }.count == 1)
                #expect(statuses.filter { $0 == .notFound }.count == 49)

                let late = try await Self.invite(app, f, email: "late@stipple.example")
                try await (app.db as! any SQLDatabase).raw("UPDATE staff_invitations SET expires_at = \(bind: testNow)").run()
                try await app.testing().test(.GET, "staff/invitation/\(late)") { res async in #expect(res.status == .notFound) }
            }
        }
    }
}
