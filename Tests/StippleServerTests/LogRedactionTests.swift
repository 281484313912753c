import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// Paths carry secrets (client links, calendar feeds) and SQL carries health data: neither
    /// may reach the log, even at `debug`.
    @Suite struct LogRedactionTests {
        @Test(arguments: TestStores.all)
        func noSecretOrHealthDataReachesTheLogAtDebug(store: StoreLocation) async throws {
            let capture = LogCapture.shared
            try await withStipple(store, logLevel: .debug) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                let lead = try await signIn(app, f.lead)
                try await givePassword(app, f.technician, email: "tom.price@stipple.example", password: "a-password-never-logged")
                let madeUpLink = SecretToken.generate()
                var feed = ""
                var secrets = [link, SecretToken.hash(link), madeUpLink, lead.token, lead.csrf, Fixture.leadToken,
                               APIToken.hash(Fixture.leadToken), "a-password-never-logged"]

                let lines = try await capture.lines {
                    // The client's pages, a check-in with a photo, and a link that does not exist.
                    let (h, b) = multipartBody(greenAnswers, files: [("photo-front", "front.jpg", Fixtures.jpegWithGPS)])
                    try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in
                        #expect(res.status == .seeOther)
                    }
                    let checkIn = try #require(try await Store(app.db).checkIns(journey: journey).first)
                    let photo = try #require(try await Store(app.db).photos(journey: journey).first)
                    for path in ["j/\(link)", "j/\(link)/history", "j/\(link)/check-in", "j/\(link)/check-ins/\(checkIn.id)",
                                 "j/\(link)/photos/\(photo.id)", "j/\(madeUpLink)/history", "j/\(link)/no-such-page"] {
                        try await app.testing().test(.GET, path) { _ in }
                    }
                    // A calendar feed, made and read.
                    let (fh, fb) = lead.form([])
                    try await app.testing().test(.POST, "staff/calendar/feed", headers: fh, body: fb) { res async throws in
                        feed = String(try #require(html(try await lead.followed(app, res)).firstMatch(of: /\/calendar\/([^<."]+)\.ics/)?.1))
                    }
                    try await app.testing().test(.GET, "calendar/\(feed).ics") { res async in #expect(res.status == .ok) }
                    // Staff pages and the API with ids, a sign-in with a password, and writes of health data.
                    try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: lead.headers) { res async in
                        #expect(res.status == .ok)
                    }
                    let csrf = try await loginForm(app)
                    _ = try await postLogin(app, email: "tom.price@stipple.example", password: "a-password-never-logged", csrf: csrf)
                    try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.leadToken), body: jsonBody("""
                        {"clinicID":"\(f.london.id)","fullName":"Quillon Vexmore","dateOfBirth":"1970-01-02","idCheckedOn":"2026-11-01",
                         "idDocument":"passport","email":"quillon.vexmore@example.com","hairLossCondition":"alopecia",
                         "screening":{"anticoagulants":true,"allergies":"latex-and-quillonine"}}
                        """)) { res async in #expect(res.status == .created) }
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(#"{"temperatureC":38.6}"#)) { res async in #expect(res.status == .created) }
                    try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async in
                        #expect(res.status == .ok)
                    }
                }
                secrets += [feed, SecretToken.hash(feed), "Quillon", "Vexmore", "quillonine", "temperatureC"]

                // The capture worked: each request left its line, by route pattern.
                for pattern in ["GET /j/:token/history", "POST /j/:token/check-in", "GET /j/:token/photos/:photoID",
                                "GET /calendar/:feed", "GET /staff/clients/:clientID", "POST /api/v1/clients", "GET (no route)"] {
                    #expect(lines.contains { $0.contains(pattern) }, "no log line for \(pattern)")
                }
                for secret in secrets where !secret.isEmpty {
                    let leaks = lines.filter { $0.contains(secret) }
                    #expect(leaks.isEmpty, "a secret in the log: \(leaks.first ?? "")")
                }
            }
        }
    }
}
