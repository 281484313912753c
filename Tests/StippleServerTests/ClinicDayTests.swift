import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// The clinic's day: the first page after sign-in, every role, with what each booked client
/// still needs before the chair; reception is not told the screening's reasons.
extension ServerTests {
    @Suite struct ClinicDayTests {
        @Test(arguments: TestStores.all)
        func theDayListsTheBookedClientsAndWhatEachStillNeeds(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 20)
                // 14:00 on London's clock today.
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = TimeZone(identifier: "Europe/London")!
                let today = LocalDate(testNow, in: calendar.timeZone)
                let at = calendar.date(from: DateComponents(year: today.year, month: today.month, day: today.day, hour: 14))!
                _ = try await s.bookFollowUp(NewFollowUp(journeyID: journey, clientID: f.client.id, clinicID: f.london.id,
                                                         technicianID: f.technician.id, bookedBy: f.reception.id,
                                                         sessionNumber: 2, startsAt: at, overrideReason: nil), reminder: nil, now: testNow)
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/day", headers: lead.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("14:00"))
                    #expect(html(res).contains(#"<span class="badge">Ready</span>"#))
                }
                // His health-data consent withdrawn and a new screening asking for the prescriber again.
                try await s.recordConsent(client: f.client.id, kind: .healthData, given: false, note: nil, by: f.lead.id, at: testNow)
                _ = try await s.recordScreening(testScreening(answers: ScreeningAnswers(anticoagulants: true), name: "Marcus Bell",
                                                              by: f.lead.id).with(client: f.client.id), now: testNow)
                try await app.testing().test(.GET, "staff/day", headers: lead.headers) { res async in
                    #expect(html(res).contains("Prescriber&#39;s clearance needed"))
                    #expect(html(res).contains("Consent needed: processing health data"))
                }
                let desk = try await signIn(app, f.reception)
                try await app.testing().test(.GET, "staff/day", headers: desk.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Screening needs the technician"))
                    #expect(!html(res).contains("Prescriber"))
                }
            }
        }
    }
}

extension NewScreening {
    func with(client: UUID) -> NewScreening {
        var copy = self
        copy.clientID = client
        return copy
    }
}
