import Foundation
import SQLKit
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    @Suite struct StaffPagesTests {
        func redCheckIn(_ app: Application, _ journey: UUID, day: Int? = nil) async throws {
            let dayField = day.map { #""day":\#($0),"# } ?? ""
            try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                         body: jsonBody(#"{\#(dayField)"temperatureC":38.6}"#)) { res async in #expect(res.status == .created) }
        }

        @Test(arguments: TestStores.all)
        func theDashboardShowsTheClinicsHealingClientsByStageWithFilters(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let aisha = try await s.createClient(NewClient(
                    clinicID: f.london.id, fullName: "Aisha Rahman", dateOfBirth: LocalDate(iso: "1993-12-01")!, idCheckedBy: f.lead.id,
                    idCheckedOn: LocalDate(iso: "2026-11-01")!),
                    screening: testScreening(.thinning, name: "Aisha Rahman", by: f.lead.id))
                try await signConsultationConsents(s, client: aisha.id, by: f.lead.id)
                let marcus = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await redCheckIn(app, marcus, day: 3)
                _ = try await recordSession(app, client: aisha.id, technician: f.technician.id, daysAgo: 8)
                _ = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id, token: Fixture.amsterdamToken, daysAgo: 2)
                let lead = try await signIn(app, f.lead)

                try await app.testing().test(.GET, "staff/dashboard", headers: lead.headers) { res async in
                    #expect(res.status == .ok)
                    let page = html(res)
                    #expect(page.contains("2 clients healing"))
                    #expect(!page.contains("Joris Bakker"))  // another clinic
                    // Grouped by stage, earliest stage first.
                    let scabbing = page.range(of: "Days 3–5")?.lowerBound
                    let later = page.range(of: "Days 6–10")?.lowerBound
                    #expect(scabbing != nil && later != nil && scabbing! < later!)
                    #expect(page.contains("badge-red"))
                    // Aisha's check-in days 1 to 7 all passed without one.
                    #expect(page.contains("days 1, 2, 3, 5, 7"))
                    #expect(page.contains("aria-label=\"Symptom scores: "))
                }
                try await app.testing().test(.GET, "staff/dashboard?tier=red", headers: lead.headers) { res async in
                    #expect(html(res).contains("1 client healing") && html(res).contains("Marcus Bell") && !html(res).contains("Aisha Rahman"))
                }
                try await app.testing().test(.GET, "staff/dashboard?technician=\(f.technician.id)&sort=name", headers: lead.headers) { res async in
                    #expect(html(res).contains("Aisha Rahman") && !html(res).contains("Marcus Bell"))
                }
                try await app.testing().test(.GET, "staff/dashboard?tier=none&sort=last-check-in", headers: lead.headers) { res async in
                    #expect(html(res).contains("1 client healing"))
                }
                try await app.testing().test(.GET, "staff/dashboard?page=2", headers: lead.headers) { res async in
                    #expect(html(res).contains("No client matches"))
                }
                // A filter not understood is named, never read as "no filter".
                for bad in ["alerts?status=closed", "alerts?mine=yes"] {
                    try await app.testing().test(.GET, "staff/\(bad)", headers: lead.headers) { res async in
                        #expect(res.status == .badRequest, "\(bad)")
                    }
                }
                for bad in ["tier=purple", "sort=age", "page=0", "technician=me"] {
                    try await app.testing().test(.GET, "staff/dashboard?\(bad)", headers: lead.headers) { res async in
                        #expect(res.status == .badRequest, "\(bad)")
                        #expect(html(res).contains("‘\(bad.split(separator: "=")[0])’"))
                    }
                }
                // A second session: only the newest journey is on the dashboard.
                _ = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 1)
                try await app.testing().test(.GET, "staff/dashboard", headers: lead.headers) { res async in
                    #expect(html(res).components(separatedBy: ">Marcus Bell<").count == 2)
                }
                let admin = try await signIn(app, f.admin)
                try await app.testing().test(.GET, "staff/dashboard", headers: admin.headers) { res async in
                    #expect(html(res).contains("3 clients healing") && html(res).contains("Joris Bakker"))
                }
                try await app.testing().test(.GET, "staff/dashboard?clinic=\(f.amsterdam.id)", headers: admin.headers) { res async in
                    #expect(html(res).contains("1 client healing"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func anAlertIsAcknowledgedAndResolvedFromTheInbox(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                try await redCheckIn(app, journey)
                let alert = try #require(try await Store(app.db).alerts(clinic: f.london.id, statuses: [.open]).first)
                let tech = try await signIn(app, f.technician)
                try await app.testing().test(.GET, "staff/alerts", headers: tech.headers) { res async in
                    #expect(html(res).contains("Marcus Bell") && html(res).contains("Respond now."))
                    #expect(html(res).contains("Urgent care: the client was told to see a doctor today (Call NHS 111"))
                }
                // The treating technician is the lead here, so "mine" is empty for the other technician.
                try await app.testing().test(.GET, "staff/alerts?mine=1", headers: tech.headers) { res async in
                    #expect(html(res).contains("No alert for your clients."))
                }
                var (h, b) = tech.form([])
                try await app.testing().test(.POST, "staff/alerts/\(alert.id)/acknowledge", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                try await app.testing().test(.GET, "j/\(link)") { res async in
                    #expect(html(res).contains("Your clinic has seen this"))
                }
                (h, b) = tech.form([("note", "no action chosen")])
                try await app.testing().test(.POST, "staff/alerts/\(alert.id)/resolve", headers: h, body: b) { res async in
                    #expect(res.status == .unprocessableEntity)
                }
                (h, b) = tech.form([("action", "advised-gp-or-pharmacist"), ("note", "Saw GP the same day")])
                try await app.testing().test(.POST, "staff/alerts/\(alert.id)/resolve", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                let resolved = try #require(try await Store(app.db).alert(alert.id))
                #expect(resolved.status == .resolved && resolved.action == .advisedGPOrPharmacist && resolved.resolvedBy == f.technician.id)
                try await app.testing().test(.GET, "staff/alerts?status=resolved", headers: tech.headers) { res async in
                    #expect(html(res).contains("Saw GP the same day"))
                }
                (h, b) = tech.form([("action", "referred")])
                try await app.testing().test(.POST, "staff/alerts/\(alert.id)/resolve", headers: h, body: b) { res async in
                    #expect(res.status == .conflict)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aFollowUpIsRefusedWithTheReasonThenBookedAndAppearsInTheCalendarAndFeed(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let lead = try await signIn(app, f.lead)
                // Day 4 of healing: refused, with the reason and the first allowed date.
                var (h, b) = lead.form([("date", "2026-11-26"), ("time", "10:00"), ("technician", f.lead.id.uuidString)])
                var earliest = ""
                try await app.testing().test(.POST, "staff/journeys/\(journey)/follow-up", headers: h, body: b) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("2026-11-26 cannot be booked"))
                    #expect(html(res).contains("The first allowed date is"))
                    #expect(html(res).contains("role=\"alert\""))
                }
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: lead.headers) { res async throws in
                    earliest = try #require(html(res).firstMatch(of: /name="date" value="([0-9-]+)"/)?.1).description
                    #expect(html(res).contains("Takes blood thinners"))  // the screening warning
                }
                // The evening before the first allowed date is still refused.
                let dayBefore = LocalDate(iso: earliest)!.adding(days: -1).iso
                (h, b) = lead.form([("date", dayBefore), ("time", "18:00"), ("technician", f.lead.id.uuidString)])
                try await app.testing().test(.POST, "staff/journeys/\(journey)/follow-up", headers: h, body: b) { res async in
                    #expect(res.status == .unprocessableEntity)
                }
                (h, b) = lead.form([("date", earliest), ("time", "09:30"), ("technician", f.technician.id.uuidString)])
                try await app.testing().test(.POST, "staff/journeys/\(journey)/follow-up", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                let booked = try #require(try await Store(app.db).bookedFollowUp(journey: journey))
                #expect(LocalDate(booked.startsAt, in: TimeZone(identifier: "Europe/London")!).iso == earliest)
                #expect(booked.technicianID == f.technician.id && booked.sessionNumber == 2)

                let week = CalendarPage.monday(of: LocalDate(iso: earliest)!)
                try await app.testing().test(.GET, "staff/calendar?week=\(week.iso)&technician=\(f.technician.id)", headers: lead.headers) { res async in
                    #expect(html(res).contains("09:30") && html(res).contains("Marcus Bell") && html(res).contains("session 2 with Tom Price"))
                }
                // The technician subscribes: their feed has the session; a new address ends the old one.
                let tech = try await signIn(app, f.technician)
                var feeds: [String] = []
                for _ in 0..<2 {
                    (h, b) = tech.form([])
                    try await app.testing().test(.POST, "staff/calendar/feed", headers: h, body: b) { res async throws in
                        let url = try #require(html(try await tech.followed(app, res)).firstMatch(of: /id="feed-url">[^<]*(\/calendar\/[^<]+\.ics)</)?.1)
                        feeds.append(String(url))
                    }
                }
                try await app.testing().test(.GET, String(feeds[0].dropFirst())) { res async in #expect(res.status == .notFound) }
                try await app.testing().test(.GET, String(feeds[1].dropFirst())) { res async in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType?.description.hasPrefix("text/calendar") == true)
                    let ics = html(res)
                    #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
                    #expect(ics.contains("SUMMARY:SMP session 2 – Marcus B.\r\n"))
                    #expect(ics.contains("UID:\(booked.id.uuidString.lowercased())@stipple"))
                    #expect(ics.contains("STATUS:CONFIRMED"))
                    #expect(!ics.contains("blood"))
                }
                // Cancelled: the feed keeps the event, as cancelled, so calendars drop it.
                (h, b) = lead.form([])
                try await app.testing().test(.POST, "staff/journeys/\(journey)/follow-up/cancel", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                try await app.testing().test(.GET, String(feeds[1].dropFirst())) { res async in
                    #expect(html(res).contains("STATUS:CANCELLED"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func onlyAnAdminBooksAgainstTheRuleFromThePageAndTheReasonIsKept(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let lead = try await signIn(app, f.lead)
                let admin = try await signIn(app, f.admin)
                let fields = [("date", "2026-11-30"), ("time", "10:00"), ("technician", f.lead.id.uuidString),
                              ("overrideReason", "Client flies home on 1 December")]
                var (h, b) = lead.form(fields)
                try await app.testing().test(.POST, "staff/journeys/\(journey)/follow-up", headers: h, body: b) { res async in
                    #expect(res.status == .forbidden)
                    #expect(html(res).contains("Only an admin may book"))
                }
                (h, b) = admin.form(fields)
                try await app.testing().test(.POST, "staff/journeys/\(journey)/follow-up", headers: h, body: b) { res async in
                    #expect(res.status == .seeOther)
                }
                #expect(try await Store(app.db).bookedFollowUp(journey: journey)?.overrideReason == "Client flies home on 1 December")
                let events = try await Store(app.db).auditEvents(AuditFilter(subject: .followUp), limit: 10)
                #expect(events.contains { $0.detail?.contains("against the spacing rule") == true && $0.staffID == f.admin.id })
            }
        }

        @Test(arguments: TestStores.all)
        func receptionSeesContactDetailsAndBookingsButNoHealthData(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await redCheckIn(app, journey)
                let desk = try await signIn(app, f.reception)
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: desk.headers) { res async in
                    #expect(res.status == .ok)
                    let page = html(res).replacing(/<style>[^<]*<\/style>/, with: "")
                    #expect(page.contains("Marcus Bell") && page.contains("Bookings"))
                    // Whether the screening is complete, and nothing of what it says.
                    #expect(page.contains("Completed") && page.contains("The answers are for the technicians."))
                    for health in ["blood thinners", "prescriber", "Clearance", "Answers", "Check-ins", "badge-red", "Needle"] {
                        #expect(!page.contains(health), "\(health)")
                    }
                }
                try await app.testing().test(.GET, "staff", headers: desk.headers) { res async in
                    #expect(res.headers.first(name: .location) == "/staff/day")
                }
            }
        }

        @Test(arguments: TestStores.all)
        func everyReadAndChangeOfHealthDataIsInTheAuditLogWhichNobodyCanChange(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await redCheckIn(app, journey)
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: lead.headers) { _ async in }
                try await app.testing().test(.GET, "staff/dashboard", headers: lead.headers) { _ async in }
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { _ async in }
                // Another clinic's client: refused, and recorded as refused.
                let amsterdam = try await signIn(app, f.amsterdamLead)
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: amsterdam.headers) { res async in
                    #expect(res.status == .notFound)
                }
                let store = Store(app.db)
                let byLead = try await store.auditEvents(AuditFilter(staffID: f.lead.id), limit: 50)
                #expect(byLead.contains { $0.action == .read && $0.subject == .client && $0.clientID == f.client.id })
                #expect(byLead.contains { $0.action == .read && $0.subject == .dashboard })
                #expect(byLead.contains { $0.action == .read && $0.subject == .journey && $0.subjectID == journey })
                #expect(byLead.contains { $0.action == .create && $0.subject == .session })
                #expect(byLead.contains { $0.action == .create && $0.subject == .checkIn })
                #expect(byLead.allSatisfy { $0.actorName == "Priya Shah" && $0.remoteAddress != nil })
                let refused = try await store.auditEvents(AuditFilter(staffID: f.amsterdamLead.id), limit: 5)
                #expect(refused.first?.detail?.contains("refused (404)") == true)

                // The database itself refuses to change or remove a line.
                let sql = app.db as! any SQLDatabase
                await #expect(throws: (any Error).self) { try await sql.raw("UPDATE audit_events SET actor_name = 'someone else'").run() }
                await #expect(throws: (any Error).self) { try await sql.raw("DELETE FROM audit_events").run() }
                #expect(try await store.auditEvents(AuditFilter(staffID: f.lead.id), limit: 50).count == byLead.count)

                // Admins read, filter and export it; nobody else.
                try await app.testing().test(.GET, "staff/audit", headers: lead.headers) { res async in #expect(res.status == .forbidden) }
                let admin = try await signIn(app, f.admin)
                try await app.testing().test(.GET, "staff/audit?staff=\(f.amsterdamLead.id)", headers: admin.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Sanne de Vries") && !html(res).contains(">Priya Shah</td>"))
                }
                try await app.testing().test(.GET, "staff/audit?from=2026-13-01", headers: admin.headers) { res async in
                    #expect(res.status == .badRequest && html(res).contains("‘from’"))
                }
                try await app.testing().test(.GET, "staff/audit.csv?client=\(f.client.id)", headers: admin.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(res.headers.first(name: .contentDisposition)?.contains("stipple-audit.csv") == true)
                    let lines = html(res).split(separator: "\r\n")
                    #expect(lines.first.map(String.init) == AuditLogPage.csvHeader.trimmingCharacters(in: .newlines))
                    #expect(lines.count > 3)
                    #expect(lines.dropFirst().allSatisfy { $0.contains(f.client.id.uuidString) })
                }
                let exports = try await store.auditEvents(AuditFilter(staffID: f.admin.id, action: .export), limit: 5)
                #expect(exports.count == 1)
            }
        }

        @Test(arguments: TestStores.all)
        func resolvedAlertsListTheMostRecentlyResolvedFirst(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let marcus = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await redCheckIn(app, marcus, day: 2)
                try await app.testing().test(.POST, "api/v1/journeys/\(marcus)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"day":3,"swelling":3}"#)) { res async in #expect(res.status == .created) }
                let s = Store(app.db)
                let open = try await s.alerts(clinic: f.london.id, statuses: [.open])
                #expect(open.map(\.tier) == [.red, .amber])  // to act on: most severe first
                // The amber one resolved an hour after the red one: it comes first among the resolved.
                try await s.resolveAlert(open[0].id, by: f.lead.id, at: testNow, action: .calledClient, note: nil)
                try await s.resolveAlert(open[1].id, by: f.lead.id, at: testNow.addingTimeInterval(3600), action: .nothingNeeded, note: nil)
                #expect(try await s.alerts(clinic: f.london.id, statuses: [.resolved]).map(\.tier) == [.amber, .red])
            }
        }

        @Test func csvFieldsAreQuotedAndFormulasDefused() {
            #expect(CSVText.field("plain") == "plain")
            #expect(CSVText.field("a,b") == "\"a,b\"")
            #expect(CSVText.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
            #expect(CSVText.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
            #expect(CSVText.field("-1") == "'-1")
        }

        @Test func calendarTextIsEscapedAndLongLinesFolded() {
            #expect(CalendarFeed.escape("a;b,c\\d\ne") == "a\\;b\\,c\\\\d\\ne")
            let long = "SUMMARY:" + String(repeating: "é", count: 60)
            let folded = CalendarFeed.fold(long)
            #expect(folded.split(separator: "\r\n").allSatisfy { $0.utf8.count <= 75 })
            #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
            #expect(CalendarFeed.shortName("Marcus Bell") == "Marcus B." && CalendarFeed.shortName("Cher") == "Cher")
        }
    }
}
