import Foundation
import SQLKit
import StippleCore
@testable import StippleStore
import Testing

extension ServerTests {
    /// Each record is read from its row by one mapping (`Rows/`): the single reads and the
    /// journey read give the same values, and every stored answer comes back.
    @Suite struct StoredRecordTests {
        static let everyAnswer = CheckIn(
            day: 3, redness: 3, swelling: 0, pain: 10, heat: 2, discharge: .cloudy, foulSmell: true, temperatureC: 38.45,
            feelsUnwell: false, shivering: true, systemicSymptoms: false, spreadingRedness: true, swellingNearEyes: false,
            breathingDifficulty: true, scabs: false, scabsPicked: true, oozing: false, itchyRaisedDots: true,
            blurredDots: false, plaques: true, washed: false, sweated: true, sun: false, hat: true, swimming: false)
        static let everyDisclosure = ScreeningAnswers(
            bleedingDisorder: true, scalpInfectionOrWounds: true, anticoagulants: true, pregnantOrBreastfeeding: true, keloidTendency: true, diabetes: true,
            isotretinoin: true, scalpPsoriasisOrEczema: true, immunosuppressantsOrSteroids: true, recentAntibiotics: true,
            skinCancer: true, chemotherapy: true, allergies: "\"nickel\"\nand latex")

        @Test(arguments: TestStores.all)
        func theJourneyReadAndTheSingleReadsAgree(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f in
                let journeyID = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journeyID)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"redness":1,"temperatureC":36.8}"#)) { res async in
                    #expect(res.status == .created)
                }
                // Every answer and every disclosure set, so a field the mapping loses shows here.
                let sql = app.db as! any SQLDatabase
                try await sql.raw("UPDATE check_ins SET answers = \(bind: Codecs.json(Self.everyAnswer)) WHERE journey_id = \(bind: journeyID)").run()
                try await corruptScreening(sql, client: f.client.id, column: "answers", value: Codecs.json(Self.everyDisclosure))

                let store = Store(app.db)
                let bundle = try #require(try await store.journeyBundle(journeyID, depth: .checkInsAndPhotos))
                let journey = try #require(try await store.journey(journeyID))
                #expect(bundle.journey == journey)
                #expect(bundle.clinic == (try await store.clinic(journey.clinicID)))
                #expect(bundle.client == (try await store.client(journey.clientID)))
                #expect(bundle.session == (try await store.session(journey.sessionID)))
                let checkIns = try await store.checkIns(journey: journeyID)
                #expect(checkIns.map(\.answers) == [Self.everyAnswer])
                #expect(bundle.checkIns.map(\.answers) == checkIns.map(\.answers))
                #expect(bundle.checkIns.map(\.id) == checkIns.map(\.id))
                #expect(bundle.health.screening.response.answers == Self.everyDisclosure)
                #expect(bundle.health == (try await store.health(client: f.client.id)))
                #expect(bundle.clinic.alertTargets == f.london.alertTargets)
            }
        }

        @Test(arguments: TestStores.all)
        func anUnknownCodeNamesItsColumn(store location: StoreLocation) async throws {
            try await withStipple(location) { app, f in
                let sql = app.db as! any SQLDatabase
                try await sql.raw("UPDATE clients SET preferred_channel = 'pigeon' WHERE id = \(bind: f.client.id)").run()
                await #expect(throws: StoredDataError(table: "clients", column: "preferred_channel")) {
                    try await Store(app.db).client(f.client.id)
                }
                try await corruptScreening(sql, client: f.client.id, column: "sex", value: "unknown")
                await #expect(throws: StoredDataError(table: "screenings", column: "sex")) {
                    try await Store(app.db).health(client: f.client.id)
                }
            }
        }
    }
}
