import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct ClinicsAPITests {
        @Test(arguments: TestStores.all)
        func listsClinics(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await app.testing().test(.GET, "api/v1/clinics", headers: bearer(Fixture.receptionToken)) { res async throws in
                    #expect(res.status == .ok)
                    let clinics = try jsonArray(res)
                    #expect(clinics.compactMap { $0["name"] as? String } == ["Stipple Amsterdam", "Stipple London"])
                    #expect(clinics.first?["emergencyNumber"] as? String == "112")
                }
                try await app.testing().test(.GET, "api/v1/clinics/\(f.london.id)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try json(res)["timeZone"] as? String == "Europe/London")
                }
                try await app.testing().test(.GET, "api/v1/clinics/\(UUID())", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .notFound)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func adminOpensAClinic(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                let body = #"{"name":"Stipple Jersey","address":"St Helier","country":"je","timeZone":"Europe/Jersey","language":"en-GB"}"#
                try await app.testing().test(.POST, "api/v1/clinics", headers: bearer(Fixture.adminToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .created)
                    let clinic = try json(res)
                    #expect(clinic["country"] as? String == "JE")
                    #expect(clinic["emergencyNumber"] as? String == "999")
                    #expect(clinic["phone"] == nil)  // nulls are left out
                    #expect((clinic["reminders"] as? [String: Int]) == ["sendHour": 10, "missedHour": 19, "quietFrom": 21, "quietUntil": 8])
                }
                try await app.testing().test(.POST, "api/v1/clinics", headers: bearer(Fixture.adminToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .conflict)
                    #expect(try apiError(res).field == "name")
                }
                try await app.testing().test(.POST, "api/v1/clinics", headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .forbidden)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func badClinicInputNamesTheField(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                let cases: [(String, HTTPStatus, String?)] = [
                    (#"{"name":"X","address":"Y","country":"GBR","timeZone":"Europe/London","language":"en-GB"}"#, .unprocessableEntity, "country"),
                    (#"{"name":"X","address":"Y","country":"GB","timeZone":"Mars/Base","language":"en-GB"}"#, .unprocessableEntity, "timeZone"),
                    (#"{"name":"X","address":"Y","country":"GB","timeZone":"Europe/London","language":"fr-FR"}"#, .unprocessableEntity, "language"),
                    (#"{"name":"X","address":"Y","country":"GB","timeZone":"Europe/London"}"#, .unprocessableEntity, "language"),
                    (#"{"name":"X","address":"Y","country":7,"timeZone":"Europe/London","language":"en-GB"}"#, .unprocessableEntity, "country"),
                    (#"{"name":"X","address":"Y","country":"GB","timeZone":"Europe/London","language":"en-GB","phone":"call me"}"#, .unprocessableEntity, "phone"),
                    (#"{"name":"X","address":"Y","country":"GB","timeZone":"Europe/London","language":"en-GB","email":"nobody"}"#, .unprocessableEntity, "email"),
                    (#"{"name":"X","address":"Y","country":"GB","timeZone":"Europe/London","language":"en-GB","reminders":{"sendHour":22,"missedHour":23,"quietFrom":21,"quietUntil":8}}"#, .unprocessableEntity, "reminders.sendHour"),
                    (#"{"name":"X","address":"Y","country":"GB","timeZone":"Europe/London","language":"en-GB","reminders":{"sendHour":10,"missedHour":24,"quietFrom":21,"quietUntil":8}}"#, .unprocessableEntity, "reminders.missedHour"),
                    (#"{"name":"X","address":"Y","country":"NL","timeZone":"Europe/Amsterdam","language":"nl-NL","emergencyNumber":"١١٢"}"#, .unprocessableEntity, "emergencyNumber"),
                    (#"{"name":"X","address":"Y","country":"NL","timeZone":"Europe/Amsterdam","language":"nl-NL","protocolVersion":"2026.1\u0000"}"#, .unprocessableEntity, "protocolVersion"),
                    (#"{"name":"#, .badRequest, nil),
                    ("", .badRequest, nil),
                ]
                for (body, status, field) in cases {
                    try await app.testing().test(.POST, "api/v1/clinics", headers: bearer(Fixture.adminToken), body: jsonBody(body)) { res async throws in
                        #expect(res.status == status, "\(body)")
                        #expect(try apiError(res).field == field, "\(body)")
                    }
                }
                try await app.testing().test(.GET, "api/v1/clinics", headers: bearer(Fixture.adminToken)) { res async throws in
                    #expect(try jsonArray(res).count == 2) // nothing half-written
                }
            }
        }

        @Test(arguments: TestStores.all)
        func technicians(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let body = #"{"clinicID":"\#(f.london.id)","name":"Sam Okafor","licenceNumber":"SMP-123"}"#
                try await app.testing().test(.POST, "api/v1/technicians", headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .created)
                    #expect(try json(res)["role"] as? String == "technician")
                }
                try await app.testing().test(.POST, "api/v1/technicians", headers: bearer(Fixture.amsterdamToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .forbidden)
                }
                let unknown = #"{"clinicID":"\#(UUID())","name":"Nobody"}"#
                try await app.testing().test(.POST, "api/v1/technicians", headers: bearer(Fixture.adminToken), body: jsonBody(unknown)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "clinicID")
                }
                try await app.testing().test(.GET, "api/v1/technicians?clinic=\(f.london.id)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try jsonArray(res).compactMap { $0["name"] as? String } == ["Priya Shah", "Sam Okafor", "Tom Price"])
                }
            }
        }
    }
}

extension ServerTests {
    @Suite struct ClinicAlertTargetsTests {
        @Test(arguments: TestStores.all)
        func aClinicsOwnTargetsDateItsAlerts(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let body = #"""
                {"name":"Stipple Jersey","address":"St Helier","country":"JE","timeZone":"Europe/Jersey","language":"en-GB",
                 "alertTargets":{"redMinutes":15,"amberHours":4}}
                """#
                var jersey = ""
                try await app.testing().test(.POST, "api/v1/clinics", headers: bearer(Fixture.adminToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .created)
                    let clinic = try json(res)
                    #expect((clinic["alertTargets"] as? [String: Int]) == ["redMinutes": 15, "amberHours": 4])
                    jersey = clinic["id"] as? String ?? ""
                }
                let bad = #"{"name":"X","address":"Y","country":"GB","timeZone":"Europe/London","language":"en-GB","alertTargets":{"redMinutes":600}}"#
                try await app.testing().test(.POST, "api/v1/clinics", headers: bearer(Fixture.adminToken), body: jsonBody(bad)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "alertTargets.redMinutes")
                }
                let clinicID = try #require(UUID(uuidString: jersey))
                let store = Store(app.db)
                let lead = try await store.createStaff(NewStaffMember(clinicID: clinicID, name: "Claire Le Brun", role: .leadTechnician),
                                                       tokenHash: APIToken.hash("jersey-token"))
                let client = try await store.createClient(NewClient(
                    clinicID: clinicID, fullName: "Rachel Le Cornu", dateOfBirth: LocalDate(iso: "1982-07-17")!, idCheckedBy: lead.id,
                    idCheckedOn: LocalDate(iso: "2026-11-01")!, idDocument: .passport),
                    screening: testScreening(.alopecia, name: "Rachel Le Cornu", by: lead.id))
                try await signConsultationConsents(store, client: client.id, by: lead.id)
                let journey = try await recordSession(app, client: client.id, technician: lead.id, token: "jersey-token", daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer("jersey-token"),
                                             body: jsonBody(#"{"temperatureC":38.6}"#)) { res async in #expect(res.status == .created) }
                let alert = try #require(try await store.alerts(clinic: clinicID, statuses: [.open]).first)
                #expect(alert.dueBy == alert.openedAt.addingTimeInterval(15 * 60))
                _ = f
            }
        }
    }
}
