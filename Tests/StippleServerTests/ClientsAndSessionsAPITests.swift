import Foundation
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct ClientsAndSessionsAPITests {
        static func clientBody(clinic: UUID, born: String = "1990-01-15", extra: String = "") -> String {
            let contact = extra.contains("\"email\"") ? "" : #""email":"ruth@example.com","#
            return """
            {"clinicID":"\(clinic)","fullName":"Ruth Jones","dateOfBirth":"\(born)","idCheckedOn":"2026-11-20",
             "idDocument":"passport",\(contact)
             "hairLossCondition":"thinning","sex":"female","skinType":2,"friction":["hat"],
             "screening":{"bleedingDisorder":true,"diabetes":true}\(extra)}
            """
        }

        /// What reception registers: no health data.
        static func identityBody(clinic: UUID, extra: String = "") -> String {
            """
            {"clinicID":"\(clinic)","fullName":"Ruth Jones","dateOfBirth":"1990-01-15","idCheckedOn":"2026-11-20",
             "idDocument":"driving-licence"\(extra)}
            """
        }

        @Test(arguments: TestStores.all)
        func receptionRegistersWithoutHealthDataAndMayNotSendAny(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.receptionToken),
                                             body: jsonBody(Self.identityBody(clinic: f.london.id, extra: #","phone":"+44 7700 900111""#))) { res async throws in
                    #expect(res.status == .created, "\(res.body.string)")
                    let body = try json(res)
                    #expect(body["screening"] == nil)
                    let client = try #require(body["client"] as? [String: Any])
                    #expect(client["idDocument"] as? String == "driving-licence")
                    #expect(client["preferredChannel"] as? String == "sms")
                    #expect(client["preferredLanguage"] as? String == "en-GB")
                }
                try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.receptionToken),
                                             body: jsonBody(Self.clientBody(clinic: f.london.id))) { res async throws in
                    #expect(res.status == .forbidden)
                }
                // Nothing was written by the refused one.
                #expect(try await Store(app.db).searchClients(nil, clinic: f.london.id, limit: 10, offset: 0).map(\.fullName)
                        == ["Marcus Bell", "Ruth Jones"])
            }
        }

        @Test(arguments: TestStores.all)
        func registersAClientWithScreeningWarnings(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(Self.clientBody(clinic: f.london.id))) { res async throws in
                    #expect(res.status == .created)
                    let body = try json(res)
                    #expect(body["age"] as? Int == 36)
                    let codes = (body["warnings"] as? [[String: Any]])?.compactMap { $0["code"] as? String }
                    #expect(codes == ["clearance-prescriber", "bleeding-disorder", "diabetes"])
                    let screening = try #require(body["screening"] as? [String: Any])
                    #expect(screening["status"] as? String == "clearance-needed")
                    #expect(screening["channel"] as? String == "staff")
                    let client = try #require(body["client"] as? [String: Any])
                    #expect(client["idCheckedBy"] as? String == f.lead.id.uuidString)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func under18IsRefused(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                // 18 on 2026-11-26: one day too young on 2026-11-25.
                try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(Self.clientBody(clinic: f.london.id, born: "2008-11-26"))) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    let error = try apiError(res)
                    #expect(error.field == "dateOfBirth")
                    #expect(error.message.contains("18"))
                }
                try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(Self.clientBody(clinic: f.london.id, born: "2008-11-25"))) { res async throws in
                    #expect(res.status == .created)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func badClientInputNamesTheField(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let good = Self.clientBody(clinic: f.london.id)
                let cases: [(String, String)] = [
                    (good.replacingOccurrences(of: "\"thinning\"", with: "\"bald\""), "hairLossCondition"),
                    (good.replacingOccurrences(of: "\"skinType\":2", with: "\"skinType\":7"), "skinType"),
                    (good.replacingOccurrences(of: "[\"hat\"]", with: "[\"cap\"]"), "friction[0]"),
                    (good.replacingOccurrences(of: "1990-01-15", with: "15/01/1990"), "dateOfBirth"),
                    (good.replacingOccurrences(of: "\"diabetes\":true", with: "\"diabetes\":\"yes\""), "screening.diabetes"),
                    (Self.clientBody(clinic: UUID()), "clinicID"),
                    (Self.clientBody(clinic: f.amsterdam.id), "clinicID"), // another clinic's lead
                    // Email: one address, nothing that could become a second SMTP command.
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"v@example.com>\r\nRCPT TO:<attacker@evil.example""#), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"v@example.com\nBcc: x@evil.example""#), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"a@example.com, x@evil.example""#), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"Ruth <ruth@example.com>""#), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"a@b""#), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"ruth@@example.com""#), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"\#(String(repeating: "r", count: 250))@example.com""#), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","email":"ruth@example.com\u0000""#), "email"),
                    // Names on one line, without control characters.
                    (good.replacingOccurrences(of: "Ruth Jones", with: #"Ruth\r\nBcc: x@evil.example"#), "fullName"),
                    (good.replacingOccurrences(of: "Ruth Jones", with: #"Nul\u0000Byte"#), "fullName"),
                    (good.replacingOccurrences(of: "Ruth Jones", with: String(repeating: "R", count: 201)), "fullName"),
                    (Self.clientBody(clinic: f.london.id, extra: #","phone":"+44 7700\r\n900123""#), "phone"),
                    (Self.clientBody(clinic: f.london.id, extra: #","phone":"call me""#), "phone"),
                    (good.replacingOccurrences(of: #""idDocument":"passport","#, with: ""), "idDocument"),
                    (good.replacingOccurrences(of: #""passport""#, with: #""library card""#), "idDocument"),
                    (Self.identityBody(clinic: f.london.id), "email"),
                    (Self.clientBody(clinic: f.london.id, extra: #","preferredChannel":"sms""#), "preferredChannel"),
                    (Self.clientBody(clinic: f.london.id, extra: #","preferredLanguage":"fr-FR""#), "preferredLanguage"),
                    (good.replacingOccurrences(of: #""hairLossCondition":"thinning","#, with: ""), "hairLossCondition"),
                ]
                for (body, field) in cases {
                    try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                        #expect(res.status == .unprocessableEntity, "\(field): \(res.body.string)")
                        #expect(try apiError(res).field == field)
                    }
                }
            }
        }

        @Test(arguments: TestStores.all)
        func validContactDetailsAndNamesAreKeptAsTyped(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let body = Self.clientBody(clinic: f.london.id, extra: #","email":"zoe.o'brien+smp@mail.example.co.uk","phone":"+44 (0)7700 900-123""#)
                    .replacingOccurrences(of: "Ruth Jones", with: "Zoë O'Brien-Müller")
                try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                    #expect(res.status == .created, "\(res.body.string)")
                    let client = try #require(try json(res)["client"] as? [String: Any])
                    #expect(client["fullName"] as? String == "Zoë O'Brien-Müller")
                    #expect(client["email"] as? String == "zoe.o'brien+smp@mail.example.co.uk")
                    #expect(client["phone"] as? String == "+44 (0)7700 900-123")
                }
            }
        }

        @Test(arguments: TestStores.all)
        func clientsAreScopedToTheCallersClinic(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await app.testing().test(.GET, "api/v1/clients", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try jsonArray(res).compactMap { $0["fullName"] as? String } == ["Marcus Bell"])
                }
                try await app.testing().test(.GET, "api/v1/clients", headers: bearer(Fixture.adminToken)) { res async throws in
                    #expect(try jsonArray(res).count == 2)
                }
                try await app.testing().test(.GET, "api/v1/clients?limit=1&offset=1", headers: bearer(Fixture.adminToken)) { res async throws in
                    #expect(try jsonArray(res).compactMap { $0["fullName"] as? String } == ["Marcus Bell"])
                }
                try await app.testing().test(.GET, "api/v1/clients?limit=500", headers: bearer(Fixture.adminToken)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "limit")
                }
                for query in ["limit=many", "offset=-", "clinic=not-an-id"] {
                    try await app.testing().test(.GET, "api/v1/clients?\(query)", headers: bearer(Fixture.adminToken)) { res async throws in
                        #expect(res.status == .badRequest, "\(query)")
                        #expect(try apiError(res).code == "invalid_request")
                    }
                }
                try await app.testing().test(.GET, "api/v1/clients/\(f.dutchClient.id)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .notFound)
                }
                try await app.testing().test(.GET, "api/v1/clients/\(f.client.id)", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .ok)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func receptionReadsNoHealthData(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await app.testing().test(.GET, "api/v1/clients", headers: bearer(Fixture.receptionToken)) { res async throws in
                    #expect(res.status == .ok)
                }
                for path in ["api/v1/clients/\(f.client.id)", "api/v1/clients/\(f.client.id)/sessions"] {
                    try await app.testing().test(.GET, path, headers: bearer(Fixture.receptionToken)) { res async throws in
                        #expect(res.status == .forbidden)
                    }
                }
                try await app.testing().test(.POST, "api/v1/clients", headers: bearer(Fixture.receptionToken),
                                             body: jsonBody(Self.clientBody(clinic: f.london.id))) { res async throws in
                    #expect(res.status == .forbidden)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func recordingASessionStartsItsJourney(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                try await app.testing().test(.GET, "api/v1/clients/\(f.client.id)/sessions", headers: bearer(Fixture.leadToken)) { res async throws in
                    let sessions = try jsonArray(res)
                    #expect(sessions.count == 1)
                    #expect(sessions.first?["sessionNumber"] as? Int == 1)
                    #expect(sessions.first?["pigmentBatch"] as? String == "LOT-1")
                }
                try await app.testing().test(.GET, "api/v1/clients/\(f.client.id)/journeys", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try jsonArray(res).first?["id"] as? String == journey.uuidString)
                }
                _ = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 0)
                try await app.testing().test(.GET, "api/v1/clients/\(f.client.id)/sessions", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try jsonArray(res).compactMap { $0["sessionNumber"] as? Int } == [1, 2])
                }
            }
        }

        @Test(arguments: TestStores.all)
        func badSessionIsRefusedAndNothingIsWritten(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let base = """
                {"clientID":"\(f.client.id)","technicianID":"\(f.lead.id)","startedAt":"2026-11-25T09:00:00Z",
                 "endedAt":"2026-11-25T11:00:00Z","zones":["crown"],"needleType":"3RL","needleSize":"0.25 mm",
                 "depth":"standard","pigmentProduct":"Neutral black","pigmentBatch":"LOT-1"}
                """
                let cases: [(String, String)] = [
                    (base.replacingOccurrences(of: "11:00:00Z", with: "08:00:00Z"), "endedAt"),
                    (base.replacingOccurrences(of: "[\"crown\"]", with: "[]"), "zones"),
                    (base.replacingOccurrences(of: "[\"crown\"]", with: "[\"ears\"]"), "zones[0]"),
                    (base.replacingOccurrences(of: "\"standard\"", with: "\"medium\""), "depth"),
                    (base.replacingOccurrences(of: "\"LOT-1\"", with: "\"\""), "pigmentBatch"),
                    (base.replacingOccurrences(of: "2026-11-25T09:00:00Z", with: "yesterday"), "startedAt"),
                    (base.replacingOccurrences(of: "2026-11-25T", with: "2026-12-25T"), "startedAt"),
                    // Year 1: a typing slip that would make every history page draw 740,000 days.
                    (base.replacingOccurrences(of: "2026-11-25T", with: "0001-11-25T"), "startedAt"),
                    (base.replacingOccurrences(of: "2026-11-25T", with: "1999-12-31T"), "startedAt"),
                    (base.replacingOccurrences(of: f.lead.id.uuidString, with: f.amsterdamLead.id.uuidString), "technicianID"),
                    (base.replacingOccurrences(of: f.client.id.uuidString, with: UUID().uuidString), "clientID"),
                    // Text without control characters: a NUL would cut it short in C layers, a line break split a record.
                    (base.replacingOccurrences(of: "\"LOT-1\"", with: #""LOT-1\r\nLOT-2""#), "pigmentBatch"),
                    (base.replacingOccurrences(of: "\"LOT-1\"", with: #""LOT-1", "notes":"Nul\u0000Byte""#), "notes"),
                    (base.replacingOccurrences(of: "\"LOT-1\"", with: #""LOT-1", "painRelief":["ice\u0000"]"#), "painRelief[0]"),
                ]
                for (body, field) in cases {
                    try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken), body: jsonBody(body)) { res async throws in
                        #expect(res.status == .unprocessableEntity, "\(field): \(res.body.string)")
                        #expect(try apiError(res).field == field)
                    }
                }
                try await app.testing().test(.GET, "api/v1/clients/\(f.client.id)/sessions", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(try jsonArray(res).isEmpty)
                }
            }
        }
    }
}
