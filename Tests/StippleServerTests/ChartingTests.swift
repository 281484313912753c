import Foundation
import SQLKit
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// Charting at the chair: the scalp diagram's zones, a batch from the register, before photos
/// cleaned like check-in photos; saving starts the journey and sends the link through the
/// outbox; an expired batch is refused at its field; excessive bleeding in a client who
/// disclosed neither a bleeding disorder nor a blood thinner flags the screening.
extension ServerTests {
    @Suite struct ChartingTests {
        static func chart(_ staff: StaffCookie, batch: UUID, bleeding: String = "minor", photos: Bool = true,
                          extra: [(String, String)] = []) -> (HTTPHeaders, ByteBuffer) {
            var (headers, body) = multipartBody(
                [("_csrf", staff.csrf), ("zone-hairline", "yes"), ("zone-left-temple", "yes"), ("zone-crown", "yes"),
                 ("date", "2026-11-25"), ("start", "09:00"), ("end", "11:30"), ("needleType", "3RL"),
                 ("needleSize", "0.25 mm"), ("depth", "standard"), ("dotDensity", "60"), ("pigmentBatchID", batch.uuidString),
                 ("relief-cooling", "yes"), ("breaks", "2"), ("pain", "3"), ("bleeding", bleeding),
                 ("reactions", "Mild swelling at the hairline"), ("notes", "First session")] + extra,
                files: photos ? ScalpView.allCases.map { (ChartingPage.photoField(.before, $0), "\($0).jpg", Fixtures.jpegWithGPS) } : [])
            headers.add(name: .cookie, value: "\(StaffSessionCookie.name)=\(staff.token)")
            return (headers, body)
        }

        @Test(arguments: TestStores.all)
        func aSessionChartedAtTheChairStartsTheJourneyAndSendsTheLink(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let dan = try await anotherClient(s, f, name: "Dan Okafor", email: "dan@example.com")
                let batch = try await s.addPigmentBatch(NewPigmentBatch(
                    clinicID: f.london.id, product: "Neutral black", lot: "NB-7", supplier: "Pigment Works",
                    expiresOn: LocalDate(iso: "2027-06-30")!, createdBy: f.lead.id), now: testNow)
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clients/\(dan.id)/sessions/new", headers: lead.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Neutral black, lot NB-7"))
                    #expect(html(res).contains(#"capture="environment""#))
                }
                let (h, b) = Self.chart(lead, batch: batch.id, extra: [("technician", f.lead.id.uuidString)])
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/sessions", headers: h, body: b) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("Session 1 is recorded and the healing journey has started. Their link is on its way by email."))
                    #expect(page.body.string.contains(#"id="client-link""#))
                    #expect(page.body.string.contains("Mild swelling at the hairline"))
                    #expect(page.body.string.contains("Before · Crown"))
                }
                let session = try #require(try await s.sessions(client: dan.id).first)
                #expect(session.zones == [.hairline, .leftTemple, .crown] && session.pigmentBatchID == batch.id)
                #expect(session.pigmentBatch == "NB-7" && session.painReported == 3 && session.painRelief == ["cooling"])
                // 09:00 on the London clock, in winter: 09:00 UTC.
                #expect(ISO8601DateFormatter().string(from: session.startedAt) == "2026-11-25T09:00:00Z")
                let photos = try await s.sessionPhotos(session: session.id)
                #expect(photos.map(\.view) == ScalpView.allCases && photos.allSatisfy { $0.stage == .before })
                // Cleaned: no GPS position left in the stored file.
                let file = PhotoFiles(directory: app.settings.photosDirectory, threadPool: app.threadPool)
                let stored = try #require(try await file.read(sha256: photos[0].sha256, contentType: photos[0].contentType))
                #expect(!String(decoding: stored, as: Unicode.ASCII.self).contains("GPS"))
                // The outbox sends the link on the client's channel.
                let out = temporaryFile("outbox.jsonl")
                _ = try await dispatcher(app, transport: FileReminderTransport(path: out), worker: "w", clock: TestClock(testNow)).dispatchDue()
                let sent = try outboxLines(out).filter { $0["kind"] as? String == "journey-link" }
                #expect(sent.count == 1)
                #expect((sent.first?["link"] as? String)?.hasPrefix("https://care.example/j/") == true)
                #expect((sent.first?["text"] as? String)?.hasPrefix("Hello Dan,") == true)
            }
        }

        @Test(arguments: TestStores.all)
        func anExpiredBatchIsRefusedAtItsFieldAndNothingIsWritten(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let expired = try await s.addPigmentBatch(NewPigmentBatch(
                    clinicID: f.london.id, product: "Neutral black", lot: "OLD-1", supplier: "Pigment Works",
                    expiresOn: LocalDate(iso: "2026-11-24")!, createdBy: f.lead.id), now: testNow)
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)/sessions/new", headers: lead.headers) { res async in
                    #expect(!html(res).contains("OLD-1"))  // not offered
                }
                let (h, b) = Self.chart(lead, batch: expired.id, extra: [("technician", f.lead.id.uuidString)])
                try await app.testing().test(.POST, "staff/clients/\(f.client.id)/sessions", headers: h, body: b) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("expired on 2026-11-24"))
                    #expect(html(res).contains(#"id="pigmentBatchID" name="pigmentBatchID" aria-invalid="true""#))
                }
                #expect(try await s.sessions(client: f.client.id).isEmpty)
                // The photos written for the refused form are gone again.
                let count = try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM session_photos").first()?.decode(column: "n", as: Int.self)
                #expect(count == 0)
            }
        }

        @Test(arguments: TestStores.all)
        func excessiveBleedingWithNothingDisclosedFlagsTheScreening(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let dan = try await anotherClient(s, f, name: "Dan Okafor")
                let batch = try await s.addPigmentBatch(NewPigmentBatch(
                    clinicID: f.london.id, product: "Neutral black", lot: "NB-7", supplier: "Pigment Works",
                    expiresOn: LocalDate(iso: "2027-06-30")!, createdBy: f.lead.id), now: testNow)
                let lead = try await signIn(app, f.lead)
                let (h, b) = Self.chart(lead, batch: batch.id, bleeding: "heavy", photos: false,
                                        extra: [("technician", f.lead.id.uuidString)])
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/sessions", headers: h, body: b) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("Revisit the screening."))
                    // No address: the link is for the screen.
                    #expect(page.body.string.contains("It was not sent (no address for their channel, or no consent to messages)"))
                }
                // Marcus declared blood thinners: heavy bleeding is no surprise, nothing flagged.
                let (h2, b2) = Self.chart(lead, batch: batch.id, bleeding: "heavy", photos: false,
                                          extra: [("technician", f.lead.id.uuidString)])
                try await app.testing().test(.POST, "staff/clients/\(f.client.id)/sessions", headers: h2, body: b2) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(!page.body.string.contains("Revisit the screening."))
                }
            }
        }
    }
}
