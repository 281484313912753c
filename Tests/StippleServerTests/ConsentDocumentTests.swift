import Foundation
import SQLKit
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// Consent documents: what was signed is kept exactly (version, SHA-256 of the text, the typed
/// name, the channel, the address and browser); a signed consent is never changed; a new
/// version asks again before the next session; the client withdraws from their own page.
extension ServerTests {
    @Suite struct ConsentDocumentTests {
        @Test(arguments: TestStores.all)
        func theClientSignsOnTheTabletWhatTheyWereShownAndANewVersionAsksAgain(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let dan = try await s.createClient(NewClient(
                    clinicID: f.london.id, fullName: "Dan Okafor", dateOfBirth: LocalDate(iso: "1988-03-12")!, idCheckedBy: f.reception.id,
                    idCheckedOn: LocalDate(iso: "2026-11-20")!, idDocument: .passport, email: "dan@example.com"),
                    screening: testScreening(name: "Dan Okafor", by: f.lead.id))
                let desk = try await signIn(app, f.reception)
                let documents = try await s.currentConsentDocuments(clinic: f.london.id, language: .enGB)
                #expect(documents.map(\.kind) == ConsentKind.allCases && documents.allSatisfy { $0.version == 1 })
                try await app.testing().test(.GET, "staff/clients/\(dan.id)/consents/sign", headers: desk.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Scalp micropigmentation: the treatment and its risks"))
                }
                // Nothing ticked, then a name that is not his: refused, nothing recorded.
                let (h1, b1) = desk.form([("signerName", "Dan Okafor")])
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/consents/sign", headers: h1, body: b1) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("Tick each document you agree to."))
                }
                let treatment = try #require(documents.first { $0.kind == .treatment })
                let health = try #require(documents.first { $0.kind == .healthData })
                let ticks = [("agree-\(treatment.id)", "yes"), ("agree-\(health.id)", "yes")]
                let (h2, b2) = desk.form(ticks + [("signerName", "Someone")])
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/consents/sign", headers: h2, body: b2) { res async in
                    #expect(res.status == .unprocessableEntity)
                }
                #expect(try await s.consents(client: dan.id).isEmpty)
                var (h3, b3) = desk.form(ticks + [("signerName", "dan okafor")])
                h3.replaceOrAdd(name: .userAgent, value: "TabletBrowser/1.0")
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/consents/sign", headers: h3, body: b3) { res async throws in
                    let page = try await desk.followed(app, res)
                    #expect(page.body.string.contains("Signed: Treatment, its risks and aftercare; Processing health data."))
                }
                let signed = try await s.consents(client: dan.id)
                #expect(Set(signed.map(\.kind)) == [.treatment, .healthData])
                let record = try #require(signed.first { $0.kind == .treatment })
                #expect(record.channel == .tablet && record.documentVersion == 1 && record.signerName == "dan okafor")
                #expect(record.textSHA256 == ConsentDocument.sha256(of: treatment.body) && record.recordedBy == f.reception.id)
                let sql = app.db as! any SQLDatabase
                let row = try #require(try await sql.raw("SELECT user_agent FROM consents WHERE id = \(bind: record.id)").first())
                #expect(try row.decode(column: "user_agent", as: String?.self) == "TabletBrowser/1.0")
                // Never edited, by anyone: the database refuses.
                await #expect(throws: (any Error).self) {
                    try await sql.raw("UPDATE consents SET given = \(bind: false) WHERE id = \(bind: record.id)").run()
                }
                await #expect(throws: (any Error).self) {
                    try await sql.raw("UPDATE consent_documents SET body = 'other words' WHERE id = \(bind: treatment.id)").run()
                }
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(sessionBody(client: dan.id, technician: f.lead.id))) { res async in
                    #expect(res.status == .created)
                }
                // The lead publishes a second version of the treatment document: Dan is asked again.
                try await app.testing().test(.POST, "api/v1/clinics/\(f.london.id)/consent-documents", headers: bearer(Fixture.technicianToken),
                                             body: jsonBody(#"{"kind":"treatment","language":"en-GB","title":"T","body":"B"}"#)) { res async in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.POST, "api/v1/clinics/\(f.london.id)/consent-documents", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"kind":"treatment","language":"en-GB","title":"The treatment","body":"New words.\n\nMore."}"#)) { res async throws in
                    #expect(res.status == .created)
                    #expect(try json(res)["version"] as? Int == 2)
                }
                #expect(try await s.consentsCurrent(client: dan.id)[.treatment] == false)
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(sessionBody(client: dan.id, technician: f.lead.id))) { res async throws in
                    #expect(res.status == .conflict)
                    #expect(try apiError(res).field == "consent.treatment")
                }
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clients/\(dan.id)", headers: lead.headers) { res async in
                    #expect(html(res).contains("A new version asks again."))
                }
                // Signed again over the API, against the new version only.
                let v2 = try #require(try await s.currentConsentDocuments(clinic: f.london.id, language: .enGB).first { $0.kind == .treatment })
                try await app.testing().test(.POST, "api/v1/clients/\(dan.id)/consents", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"kind":"treatment","given":true,"documentID":"\#(treatment.id)","signerName":"Dan Okafor"}"#)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "documentID")
                }
                try await app.testing().test(.POST, "api/v1/clients/\(dan.id)/consents", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"kind":"treatment","given":true,"documentID":"\#(v2.id)","signerName":"Dan Okafor"}"#)) { res async throws in
                    #expect(res.status == .created)
                    #expect(try json(res)["documentVersion"] as? Int == 2)
                }
                #expect(try await s.consentsCurrent(client: dan.id)[.treatment] == true)
            }
        }

        @Test(arguments: TestStores.all)
        func theClientSignsOnTheirPhoneAfterTheQuestionnaireAndWithdrawsFromTheirPage(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let dan = try await ScreeningTests.registered(app, f)
                _ = try await ScreeningLinks(store: s, now: testNow, sealer: app.settings.linkSealer).send(to: dan, clinic: f.london, by: f.reception)
                let token = try await queuedScreeningToken(app, client: dan.id)
                let (h, b) = formBody(screeningAnswers(name: "Dan Okafor"))
                try await app.testing().test(.POST, "s/\(token)", headers: h, body: b) { res async in
                    #expect(html(res).contains("/s/\(token)/consents"))
                }
                // The questionnaire is done; the documents stay open on the same link.
                let documents = try await s.currentConsentDocuments(clinic: f.london.id, language: .enGB)
                try await app.testing().test(.GET, "s/\(token)/consents") { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Your health information"))
                }
                let agreed = documents.filter { [.treatment, .healthData, .healingMessages, .photosInRecord].contains($0.kind) }
                let (h2, b2) = formBody(agreed.map { ("agree-\($0.id)", "yes") } + [("signerName", "Dan Okafor")])
                try await app.testing().test(.POST, "s/\(token)/consents", headers: h2, body: b2) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Photos in your record"))
                }
                let records = try await s.consents(client: dan.id)
                #expect(records.count == 4 && records.allSatisfy { $0.channel == .link && $0.recordedBy == nil && $0.signerName == "Dan Okafor" })
                // Nothing left: the page says so. The gallery, website and social media were not ticked.
                #expect(try await ConsentSigning(store: s, photoFiles: PhotoFiles(directory: app.settings.photosDirectory, threadPool: app.threadPool), now: testNow)
                    .pending(for: dan).map(\.kind) == [.photosInGallery, .photosOnWebsite, .photosOnSocial])

                // After the session, from their journey page, they withdraw healing messages: reminders stop at once.
                let journey = try await recordSession(app, client: dan.id, technician: f.lead.id, daysAgo: 0)
                let link = try await issueLink(app, journey: journey)
                try await app.testing().test(.GET, "j/\(link)") { res async in
                    #expect(html(res).contains("/j/\(link)/consents"))
                }
                let (h3, b3) = formBody([("kind", "healing-messages")])
                try await app.testing().test(.POST, "j/\(link)/consents/withdraw", headers: h3, body: b3) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Withdrawn: Messages while you heal."))
                }
                #expect(try await s.reminders(journey: journey).allSatisfy { $0.status == .cancelled })
                let latest = try #require(try await s.consents(client: dan.id).first)
                #expect(latest.kind == .healingMessages && !latest.given && latest.channel == .link && latest.recordedBy == nil)
            }
        }
    }
}
