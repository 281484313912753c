import Foundation
import SnapshotTesting
import SQLKit
import StippleCore
@testable import StippleServer
import StippleStore
import Synchronization
import Testing
import Vapor
import VaporTesting

/// The whole HTML of every page, kept under `__Snapshots__/PageSnapshotTests/`: a change to a
/// page shows as a readable diff there. The clock is fixed (`testNow`); ids, link tokens and
/// CSRF tokens are made at random by each run, so each is replaced by a stable name in order of
/// first appearance. A missing snapshot is written and the test fails once; to accept a change,
/// delete the file and run again.
extension ServerTests {
    @Suite struct PageSnapshotTests {
        @Test func clientPages() async throws {
            try await withStipple(TestStores.sqliteFile) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                try await expectPage(app, "j/\(link)", named: "today-before-check-in")
                try await expectPage(app, "j/\(link)/check-in", named: "check-in-form")

                let (h, b) = formBody([("redness", "1"), ("temperature", "45.5")])
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in
                    #expect(res.status == .unprocessableEntity)
                    assertPage(html(res), named: "check-in-form-with-errors")
                }
                let (h2, b2) = formBody(greenAnswers + [("scabs", "yes")])
                var result = ""
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h2, body: b2) { res async in
                    #expect(res.status == .seeOther)
                    result = res.headers.first(name: .location) ?? ""
                }
                try await expectPage(app, String(result.dropFirst()), named: "check-in-result")
                try await expectPage(app, "j/\(link)", named: "today-after-check-in")
                try await expectPage(app, "j/\(link)/history", named: "history")
                try await expectPage(app, "j/\(String(repeating: "A", count: 43))", status: .notFound, named: "link-not-valid")

                let dutch = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                    token: Fixture.amsterdamToken, daysAgo: 10)
                let dutchLink = try await issueLink(app, journey: dutch, token: Fixture.amsterdamToken)
                try await expectPage(app, "j/\(dutchLink)", named: "today-dutch")
                try await expectPage(app, "j/\(dutchLink)/check-in", named: "check-in-form-dutch")
            }
        }

        @Test func staffPages() async throws {
            // A clock that moves a second on every reading, from `testNow`: the audit log lists
            // events newest first, which a clock that never moves would leave in no fixed order.
            let clock = TickingClock(from: testNow)
            try await withStipple(TestStores.sqliteFile, settings: { $0.now = { clock.next() } }) { app, f in
                // Tokens are stamped by the database layer with the time they were made.
                try await (app.db as! any SQLDatabase).raw("UPDATE api_tokens SET created_at = \(bind: testNow)").run()
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"redness":3,"temperatureC":38.6,"feelsUnwell":true}"#)) { res async in
                    #expect(res.status == .created)
                }
                try await expectPage(app, "staff/login", named: "sign-in")

                let lead = try await signIn(app, f.lead)
                try await expectPage(app, "staff/day", headers: lead.headers, named: "day")
                try await expectPage(app, "staff/dashboard", headers: lead.headers, named: "dashboard")
                try await expectPage(app, "staff/clients?q=bell", headers: lead.headers, named: "client-search")
                try await expectPage(app, "staff/alerts", headers: lead.headers, named: "alerts")
                try await expectPage(app, "staff/clients/\(f.client.id)", headers: lead.headers, named: "client-record")
                try await expectPage(app, "staff/calendar", headers: lead.headers, named: "calendar")
                try await expectPage(app, "staff/clients/\(UUID())", headers: lead.headers, status: .notFound, named: "not-found")
                try await expectPage(app, "staff/no-such-page", headers: lead.headers, status: .notFound, named: "unknown-address")

                // The batch register with a batch in use, one expired and one recalled, and the recall report.
                let store = Store(app.db)
                var batches: [PigmentBatch] = []
                for (lot, expires) in [("LOT-1", "2027-06-30"), ("NB-2401", "2026-01-31"), ("NB-2609", "2027-03-31")] {
                    batches.append(try await store.addPigmentBatch(
                        NewPigmentBatch(clinicID: f.london.id, product: "Neutral black", lot: lot, supplier: "Pigment Works Ltd",
                                        expiresOn: LocalDate(iso: expires)!, createdBy: f.lead.id), now: testNow))
                }
                _ = try await store.recallPigmentBatch(batches[2].id, by: f.lead.id, reason: "Supplier's notice of 20 November",
                                                       at: testNow)
                try await expectPage(app, "staff/batches", headers: lead.headers, named: "pigment-batches")
                try await expectPage(app, "staff/batches/\(batches[2].id)/recall-report", headers: lead.headers, named: "recall-report-empty")
                try await expectPage(app, "staff/batches/\(batches[0].id)/recall-report", headers: lead.headers, named: "recall-report")

                let admin = try await signIn(app, f.admin)
                try await expectPage(app, "staff/audit", headers: admin.headers, named: "audit-log")
                try await expectPage(app, "staff/people", headers: admin.headers, named: "people")
                try await expectPage(app, "staff/clinics", headers: admin.headers, named: "clinics")
                _ = try await Store(app.db).updateClinicSettings(f.london.id, ClinicSettings(f.london, openingHours: DemoChain.openingHours))
                try await expectPage(app, "staff/clinics/\(f.london.id)/settings", headers: admin.headers, named: "clinic-settings")
                try await expectPage(app, "staff/clinics/\(f.london.id)/consent-documents", headers: lead.headers, named: "consent-documents")

                let reception = try await signIn(app, f.reception)
                try await expectPage(app, "staff/dashboard", headers: reception.headers, status: .forbidden, named: "no-health-data")
            }
        }

        /// Registration, the questionnaire on the tablet and on the client's phone, and its thanks.
        @Test func screeningPages() async throws {
            try await withStipple(TestStores.sqliteFile) { app, f in
                let desk = try await signIn(app, f.reception)
                try await expectPage(app, "staff/clients/new", headers: desk.headers, named: "registration")
                let (h, b) = desk.form([("clinic", f.london.id.uuidString), ("fullName", "Marcus Bell"), ("dateOfBirth", "1979-09-30"),
                                        ("idDocument", "passport"), ("idCheckedOn", "2026-11-25"), ("email", ""), ("phone", "07700 900123"),
                                        ("channel", "sms"), ("language", "en-GB")])
                try await app.testing().test(.POST, "staff/clients", headers: h, body: b) { res async in
                    #expect(res.status == .conflict)
                    assertPage(html(res), named: "registration-duplicate")
                }
                let amsterdam = try await signIn(app, f.amsterdamLead)
                try await expectPage(app, "staff/clients/\(f.dutchClient.id)/screening", headers: amsterdam.headers, named: "screening-tablet-dutch")
                let dan = try await ScreeningTests.registered(app, f)
                _ = try await ScreeningLinks(store: Store(app.db), now: testNow, sealer: app.settings.linkSealer)
                    .send(to: dan, clinic: f.london, by: f.reception)
                let token = try await queuedScreeningToken(app, client: dan.id)
                try await expectPage(app, "s/\(token)", named: "screening-phone")
                let (h2, b2) = formBody(screeningAnswers(name: "Dan Okafor", yes: ["anticoagulants", "isotretinoin"]))
                try await app.testing().test(.POST, "s/\(token)", headers: h2, body: b2) { res async in
                    #expect(res.status == .ok)
                    assertPage(html(res), named: "screening-thanks")
                }
                try await expectPage(app, "s/\(token)/consents", named: "consents-phone")
                try await expectPage(app, "staff/clients/\(f.dutchClient.id)/consents/sign", headers: amsterdam.headers,
                                     named: "consents-tablet-dutch")
                try await expectPage(app, "staff/clients/\(f.dutchClient.id)/sessions/new", headers: amsterdam.headers,
                                     named: "charting")
            }
        }

        /// The pages a person sees when something stops them: the hourly limit of check-ins, stored
        /// data that cannot be read (never shown with a default), and a staff form without its token.
        @Test func errorPages() async throws {
            try await withStipple(TestStores.sqliteFile) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                try await checkInUpToTheHourlyLimit(app, link: link)
                let (h, b) = formBody(greenAnswers)
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in
                    #expect(res.status == .tooManyRequests)
                    assertPage(html(res), named: "too-many-check-ins")
                }

                try await (app.db as! any SQLDatabase).raw("UPDATE check_ins SET answers = 'not the answers'").run()
                try await expectPage(app, "j/\(link)", status: .internalServerError, named: "stored-data-unreadable")

                let lead = try await signIn(app, f.lead)
                var headers = lead.headers
                headers.contentType = .urlEncodedForm
                try await app.testing().test(.POST, "staff/logout", headers: headers, body: ByteBuffer(string: "")) { res async in
                    #expect(res.status == .forbidden)
                    assertPage(html(res), named: "form-without-token")
                }
            }
        }

        @Test func publicPages() async throws {
            try await withStipple(TestStores.sqliteFile) { app, f in
                _ = try await Store(app.db).updateClinicSettings(f.amsterdam.id, ClinicSettings(f.amsterdam, openingHours: BookingTests.everyDay))
                try await expectPage(app, "nl", named: "public-home-dutch")
                try await expectPage(app, "en/smp", named: "public-about")
                try await expectPage(app, "en/clinics/amsterdam", named: "public-clinic")
                try await expectPage(app, "nl/clinics/amsterdam/book?from=2026-11-28", named: "public-slots-dutch")
                let held = try await BookingTests.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z")])
                let form = try BookingTests.path(held)
                try await expectPage(app, String(form.dropFirst()), named: "public-booking-form")
                let refused = try await BookingTests.post(app, form, [("fullName", ""), ("dateOfBirth", "2012-05-01")])
                assertPage(html(refused), named: "public-booking-form-with-errors")
                let booked = try await BookingTests.post(app, form, BookingTests.eva)
                let manage = try BookingTests.path(booked)
                try await expectPage(app, String(manage.dropFirst()), named: "public-booked")
                let link = String(manage.prefix { $0 != "?" })
                try await expectPage(app, String(link.dropFirst()) + "/health", named: "public-health-questions")
                let moved = try await BookingTests.post(app, link + "/reschedule", [("start", "2026-11-30T13:00:00Z")])
                #expect(moved.status == .seeOther)
                try await expectPage(app, String(link.dropFirst()), named: "public-old-link")
                try await expectPage(app, "en/clinics/nowhere", status: .notFound, named: "public-not-found")
                try await expectPage(app, "en/partners", named: "public-partners")
                let id = try await Store(app.db).submitPartnerApplication(PartnerTests.applicant(country: "NL"), firstResponseDue: testNow,
                                                                          now: testNow.addingTimeInterval(-3600))
                let admin = try await signIn(app, f.admin)
                try await expectPage(app, "staff/partner-applications", headers: admin.headers, named: "partners")
                try await expectPage(app, "staff/partner-applications/\(id)", headers: admin.headers, named: "partner-application")
                let store = Store(app.db)
                _ = try await store.addClosure(clinic: f.amsterdam.id, on: LocalDate(iso: "2026-12-24")!, reason: "Christmas Eve",
                                               by: f.amsterdamLead.id, now: testNow)
                try await store.addTimeOff(staff: f.amsterdamLead.id, clinic: f.amsterdam.id,
                                           range: TimeRange(start: LocalDate(iso: "2026-12-28")!.start(in: TimeZone(identifier: "Europe/Amsterdam")!),
                                                            end: LocalDate(iso: "2026-12-31")!.start(in: TimeZone(identifier: "Europe/Amsterdam")!)),
                                           reason: nil, by: f.amsterdamLead.id, now: testNow)
                let week = OpeningHours.Interval(opens: 10 * 60, closes: 18 * 60)
                try await store.setTechnicianHours(staff: f.amsterdamLead.id, TechnicianHours(
                    working: OpeningHours([.tuesday: [week], .wednesday: [week], .thursday: [week], .friday: [week]]),
                    breaks: OpeningHours([.wednesday: [OpeningHours.Interval(opens: 13 * 60, closes: 13 * 60 + 45)]])))
                let lead = try await signIn(app, f.amsterdamLead)
                try await expectPage(app, "staff/clinics/\(f.amsterdam.id)/schedule", headers: lead.headers, named: "schedule")
                try await expectPage(app, "staff/clinics/\(f.amsterdam.id)/technicians/\(f.amsterdamLead.id)/hours", headers: lead.headers,
                                     named: "technician-hours")
            }
        }

        @Test func apiDocs() async throws {
            try await withStipple(TestStores.sqliteFile) { app, _ in
                try await expectPage(app, "docs", named: "docs")
            }
        }

        private func expectPage(_ app: Application, _ path: String, headers: HTTPHeaders = [:], status: HTTPStatus = .ok,
                                named name: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
            try await app.testing().test(.GET, path, headers: headers) { res async in
                #expect(res.status == status, "\(name)", sourceLocation: sourceLocation)
                assertPage(html(res), named: name)
            }
        }

        private func assertPage(_ page: String, named name: String, fileID: StaticString = #fileID,
                                file: StaticString = #filePath, line: UInt = #line, column: UInt = #column) {
            assertSnapshot(of: PageSnapshot.readable(page), as: PageSnapshot.html, named: name,
                           fileID: fileID, file: file, testName: "page", line: line, column: column)
        }
    }
}

/// A clock that moves one second each time it is read.
final class TickingClock: Sendable {
    private let now: Mutex<Date>

    init(from start: Date) { now = Mutex(start) }

    func next() -> Date {
        now.withLock { now in
            defer { now += 1 }
            return now
        }
    }
}

/// A page's HTML made stable and readable for a snapshot.
enum PageSnapshot {
    static var html: Snapshotting<String, String> { Snapshotting(pathExtension: "html", diffing: .lines) }

    /// One tag a line, and each id, link token and CSRF token named in order of first appearance.
    static func readable(_ page: String) -> String {
        var text = page.replacingOccurrences(of: "><", with: ">\n<")
        text = replace(#"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#, in: text, with: "id")
        text = replace(#"(?<=/(?:[jsb]|book)/)[A-Za-z0-9_-]{43}"#, in: text, with: "link")
        text = replace(#"(?<=name="_csrf" value=")[A-Za-z0-9_-]+"#, in: text, with: "csrf")
        return text + "\n"
    }

    private static func replace(_ pattern: String, in text: String, with name: String) -> String {
        let regex = try! NSRegularExpression(pattern: pattern)
        let ranges = regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { Range($0.range, in: text)! }
        var names: [String: String] = [:]
        for range in ranges where names[text[range].lowercased()] == nil {
            names[text[range].lowercased()] = "\(name)-\(names.count + 1)"
        }
        var out = text
        for range in ranges.reversed() { out.replaceSubrange(range, with: names[text[range].lowercased()]!) }
        return out
    }
}
