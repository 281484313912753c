import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// Each consent, given and withdrawn, takes effect everywhere at once.
    @Suite struct ConsentEffectTests {
        func consent(_ app: Application, _ client: UUID, _ kind: ConsentKind, given: Bool, token: String = Fixture.leadToken) async throws {
            try await app.testing().test(.POST, "api/v1/clients/\(client)/consents", headers: bearer(token),
                                         body: jsonBody(#"{"kind":"\#(kind.rawValue)","given":\#(given)}"#)) { res async in
                #expect(res.status == .created)
            }
        }

        /// A client of London who has signed nothing yet.
        static func unsignedClient(_ store: Store, _ f: Fixture) async throws -> ClientRecord {
            try await store.createClient(NewClient(
                clinicID: f.london.id, fullName: "Ruth Jones", dateOfBirth: LocalDate(iso: "1990-01-15")!, idCheckedBy: f.lead.id,
                idCheckedOn: LocalDate(iso: "2026-11-01")!, email: "ruth@example.com"),
                screening: testScreening(.thinning, name: "Ruth Jones", by: f.lead.id))
        }

        func sessionBody(_ client: UUID, _ technician: UUID) -> String {
            """
            {"clientID":"\(client)","technicianID":"\(technician)","startedAt":"2026-11-24T09:00:00Z","endedAt":"2026-11-24T11:30:00Z",
             "zones":["crown"],"needleType":"3RL","needleSize":"0.25 mm","depth":"standard","pigmentProduct":"Neutral black","pigmentBatch":"LOT-1"}
            """
        }

        @Test(arguments: TestStores.all)
        func aSessionNeedsACurrentConsentToTreatment(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let ruth = try await Self.unsignedClient(s, f)
                func post(_ client: UUID) async throws -> (HTTPStatus, String?) {
                    var out: (HTTPStatus, String?) = (.ok, nil)
                    try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(sessionBody(client, f.technician.id))) { res async throws in
                        out = (res.status, res.status == .created ? nil : try apiError(res).field)
                    }
                    return out
                }
                // Never given: refused, nothing written.
                var (status, field) = try await post(ruth.id)
                #expect(status == .conflict && field == "consent.treatment")
                let sessions = try await s.sessions(client: ruth.id), journeys = try await s.journeys(client: ruth.id)
                #expect(sessions.isEmpty && journeys.isEmpty)
                // Treatment alone is not enough: health data is a consent of its own.
                try await consent(app, ruth.id, .treatment, given: true)
                (status, field) = try await post(ruth.id)
                #expect(status == .conflict && field == "consent.health-data")
                // Both given: recorded.
                try await consent(app, ruth.id, .healthData, given: true)
                (status, _) = try await post(ruth.id)
                #expect(status == .created)
                // Withdrawn: refused again.
                try await consent(app, f.client.id, .treatment, given: false)
                (status, field) = try await post(f.client.id)
                #expect(status == .conflict && field == "consent.treatment")
                #expect(try await s.sessions(client: f.client.id).isEmpty)
            }
        }

        @Test(arguments: TestStores.all)
        func withdrawingHealingMessagesCancelsEveryReminderAtOnceAndGivingItBackRestoresThem(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                let s = Store(app.db)
                let planned = try await s.reminders(journey: journey)
                #expect(planned.count > 3 && planned.allSatisfy { $0.status == .scheduled })

                try await consent(app, f.client.id, .healingMessages, given: false, token: Fixture.receptionToken)
                let cancelled = try await s.reminders(journey: journey)
                #expect(cancelled.allSatisfy { $0.status == .cancelled && $0.lastError == Store.messagesWithdrawnReason })
                let audited = try await s.auditEvents(AuditFilter(subject: .consent), limit: 5)
                #expect(audited.first?.detail == "healing-messages: withdrawn; \(planned.count) reminders cancelled")

                // Nothing goes out, however late it gets.
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(testNow.addingTimeInterval(40 * 86_400))
                let worker = dispatcher(app, transport: FileReminderTransport(path: path), worker: "a", clock: clock)
                #expect(try await worker.dispatchDue().total == 0)
                #expect(try outboxLines(path).isEmpty)

                // Given again on day 2: the reminders still ahead are scheduled again, the past ones stay cancelled.
                let dayTwo = testNow.addingTimeInterval(2 * 86_400)
                try await s.recordConsent(client: f.client.id, kind: .healingMessages, given: true, note: nil, by: f.lead.id, at: dayTwo)
                let restored = try await s.reminders(journey: journey)
                #expect(restored.filter { $0.dueAt > dayTwo }.allSatisfy { $0.status == .scheduled })
                #expect(restored.filter { $0.dueAt <= dayTwo }.allSatisfy { $0.status == .cancelled })
                #expect(try await worker.dispatchDue().sent == restored.filter { $0.dueAt > dayTwo }.count)
            }
        }

        @Test(arguments: TestStores.all)
        func noReminderGoesOutBeforeHealingMessagesAreGiven(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let ruth = try await Self.unsignedClient(s, f)
                try await s.recordConsent(client: ruth.id, kind: .treatment, given: true, note: nil, by: f.lead.id, at: testNow)
                try await s.recordConsent(client: ruth.id, kind: .healthData, given: true, note: nil, by: f.lead.id, at: testNow)
                let journey = try await recordSession(app, client: ruth.id, technician: f.lead.id, daysAgo: 0)
                let path = temporaryFile("reminders.jsonl")
                let clock = TestClock(testNow.addingTimeInterval(2 * 86_400))
                let worker = dispatcher(app, transport: FileReminderTransport(path: path), worker: "a", clock: clock)
                let report = try await worker.dispatchDue()
                #expect(report.sent == 0 && report.cancelled > 0)
                #expect(try outboxLines(path).isEmpty)
                let due = try await s.reminders(journey: journey).filter { $0.dueAt <= clock.now }
                #expect(!due.isEmpty && due.allSatisfy { $0.status == .cancelled && $0.lastError == ReminderDispatcher.noConsentReason })
                // Given later: what is due from then on goes out.
                try await s.recordConsent(client: ruth.id, kind: .healingMessages, given: true, note: nil, by: f.lead.id, at: clock.now)
                clock.advance(7 * 86_400)
                #expect(try await worker.dispatchDue().sent > 0)
                #expect(try outboxLines(path).count > 0)
            }
        }

        @Test(arguments: TestStores.all)
        func withdrawingPhotosInTheRecordTakesThemOffEveryPageAndDeletesTheFiles(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                var (h, b) = multipartBody(greenAnswers, files: [("photo-front", "front.jpg", Fixtures.jpegWithGPS),
                                                                 ("photo-crown", "crown.png", Fixtures.pngWithMetadata)])
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in #expect(res.status == .seeOther) }
                let s = Store(app.db)
                let photos = try await s.photos(journey: journey)
                #expect(photos.count == 2)
                let files = PhotoFiles(directory: app.settings.photosDirectory, threadPool: app.threadPool)
                let paths = photos.map { files.path(sha256: $0.sha256, kind: $0.contentType == "image/png" ? .png : .jpeg) }
                #expect(paths.allSatisfy { FileManager.default.fileExists(atPath: $0) })
                // Given: the form offers uploads.
                try await app.testing().test(.GET, "j/\(link)/check-in") { res async in
                    #expect(html(res).contains("type=\"file\"") && !html(res).contains("photos-not-kept"))
                }

                // Withdrawn, from the client record.
                let lead = try await signIn(app, f.lead)
                (h, b) = lead.form([("kind", "photos-in-record"), ("given", "no")])
                try await app.testing().test(.POST, "staff/clients/\(f.client.id)/consents", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                #expect(try await s.photos(journey: journey).isEmpty)
                #expect(paths.allSatisfy { !FileManager.default.fileExists(atPath: $0) })
                for photo in photos {
                    try await app.testing().test(.GET, "api/v1/photos/\(photo.id)", headers: bearer(Fixture.leadToken)) { res async in
                        #expect(res.status == .notFound)
                    }
                    try await app.testing().test(.GET, "j/\(link)/photos/\(photo.id)") { res async in #expect(res.status == .notFound) }
                    try await app.testing().test(.GET, "staff/photos/\(photo.id)", headers: lead.headers) { res async in
                        #expect(res.status == .notFound)
                    }
                }
                for path in ["j/\(link)/history", "staff/clients/\(f.client.id)"] {
                    try await app.testing().test(.GET, path, headers: lead.headers) { res async in
                        #expect(!html(res).contains("/photos/"), "\(path)")
                    }
                }
                let deleted = try await s.auditEvents(AuditFilter(subject: .photo), limit: 5)
                #expect(deleted.contains { $0.action == .delete && $0.staffID == f.lead.id && $0.clientID == f.client.id
                        && $0.detail == "2 photos removed from the record: consent withdrawn" })

                // The form says so, and a check-in with a photo still counts, without the photo.
                try await app.testing().test(.GET, "j/\(link)/check-in") { res async in
                    #expect(!html(res).contains("type=\"file\"") && html(res).contains("id=\"photos-not-kept\""))
                    #expect(html(res).contains("You have not agreed to photos being kept in your record"))
                }
                (h, b) = multipartBody(greenAnswers, files: [("photo-front", "front.jpg", Fixtures.jpegWithGPS)])
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in #expect(res.status == .seeOther) }
                #expect(try await s.checkIns(journey: journey).count == 2)
                #expect(try await s.photos(journey: journey).isEmpty)
                #expect(paths.allSatisfy { !FileManager.default.fileExists(atPath: $0) })

                // Given again: photos are taken again (the old ones are gone for good).
                try await consent(app, f.client.id, .photosInRecord, given: true)
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in #expect(res.status == .seeOther) }
                #expect(try await s.photos(journey: journey).count == 1)
            }
        }

        @Test(arguments: TestStores.all)
        func photosAreRefusedInTheStoreWhenTheConsentIsNotGiven(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let s = Store(app.db)
                try await s.recordConsent(client: f.client.id, kind: .photosInRecord, given: false, note: nil, by: f.lead.id, at: testNow)
                let photo = NewPhoto(view: .front, sha256: String(repeating: "a", count: 64), contentType: "image/jpeg",
                                     width: 10, height: 10, byteCount: 100)
                await #expect(throws: ConsentMissing(.photosInRecord)) {
                    try await s.addCheckIn(journey: journey, day: 3, recordedAt: testNow, answers: CheckIn(day: 3),
                                           tier: .green, score: 0, photos: [photo])
                }
                #expect(try await s.checkIns(journey: journey).isEmpty)  // nothing half-written
            }
        }
    }
}
