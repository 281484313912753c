import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct ClinicSettingsTests {
        func settingsBody(sendHour: Int = 9, monday: String = #"[{"opens":"09:00","closes":"12:30"},{"opens":"13:30","closes":"17:30"}]"#,
                          protocolVersion: String = DefaultProtocol.protocolValue.version) -> ByteBuffer {
            jsonBody("""
            {"emergencyNumber":"999","urgentCareAdvice":"Call NHS 111 the same day.","protocolVersion":"\(protocolVersion)",
             "phone":"+44 20 7946 0000","email":"london@stipple.example",
             "reminders":{"sendHour":\(sendHour),"missedHour":19,"quietFrom":21,"quietUntil":8},
             "alertTargets":{"redMinutes":30,"amberHours":4},
             "openingHours":{"monday":\(monday),"saturday":[{"opens":"09:00","closes":"13:00"}]}}
            """)
        }

        @Test(arguments: TestStores.all)
        func anAdminChangesTheSettingsTheRemindersFollowAndTheChangeIsAudited(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let s = Store(app.db)
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 1)
                let path = "api/v1/clinics/\(f.london.id)/settings"
                try await app.testing().test(.GET, path, headers: bearer(Fixture.receptionToken)) { res async throws in
                    #expect(res.status == .ok)
                    let view = try json(res)
                    #expect((view["reminders"] as? [String: Any])?["sendHour"] as? Int == 10)
                    #expect((view["openingHours"] as? [String: Any])?.isEmpty == true)
                    #expect(view["protocolVersions"] as? [String] == [DefaultProtocol.protocolValue.version])
                }
                try await app.testing().test(.PUT, path, headers: bearer(Fixture.leadToken), body: settingsBody()) { res async in
                    #expect(res.status == .forbidden)
                }
                try await app.testing().test(.PUT, path, headers: bearer(Fixture.adminToken), body: settingsBody()) { res async throws in
                    #expect(res.status == .ok)
                    let view = try json(res)
                    #expect((view["alertTargets"] as? [String: Any])?["redMinutes"] as? Int == 30)
                    let monday = (view["openingHours"] as? [String: Any])?["monday"] as? [[String: Any]]
                    #expect(monday?.map { "\($0["opens"]!)–\($0["closes"]!)" } == ["09:00–12:30", "13:30–17:30"])
                }
                let clinic = try #require(try await s.clinic(f.london.id))
                #expect(clinic.reminders.sendHour == 9 && clinic.alertTargets.amberHours == 4 && clinic.urgentCareAdvice == "Call NHS 111 the same day.")
                #expect(try await s.openingHours(clinic: f.london.id).hours(.saturday) == [OpeningHours.Interval(opens: 540, closes: 780)])
                // The journey's morning reminders not yet sent now go at 09:00 London time (GMT in winter).
                let mornings = try await s.reminders(journey: journey).filter { $0.kind == .day && $0.status == .scheduled }
                #expect(!mornings.isEmpty)
                #expect(mornings.allSatisfy { ISO8601DateFormatter().string(from: $0.dueAt).hasSuffix("T09:00:00Z") })
                // The lead's refusal is in the log as well as the admin's change.
                let audited = try await s.auditEvents(AuditFilter(subject: .clinicSettings, action: .update), limit: 10)
                #expect(audited.contains { $0.staffID == f.lead.id && $0.detail == "refused (403)" })
                let change = try #require(audited.first { $0.staffID == f.admin.id })
                let detail = try #require(change.detail)
                #expect(detail.hasPrefix("urgentCareAdvice, phone, email, reminders, alertTargets, openingHours; "))
                #expect(detail.hasSuffix("reminders moved to the new hours"))
                #expect(change.clinicID == f.london.id)
            }
        }

        @Test(arguments: TestStores.all)
        func badSettingsNameTheFieldAndChangeNothing(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let path = "api/v1/clinics/\(f.london.id)/settings"
                let cases: [(ByteBuffer, String)] = [
                    (settingsBody(sendHour: 22), "reminders.sendHour"),
                    (settingsBody(monday: #"[{"opens":"09:00","closes":"13:00"},{"opens":"12:00","closes":"17:00"}]"#), "openingHours.monday"),
                    (settingsBody(monday: #"[{"opens":"17:00","closes":"09:00"}]"#), "openingHours.monday"),
                    (settingsBody(protocolVersion: "1999.1"), "protocolVersion"),
                ]
                for (body, field) in cases {
                    try await app.testing().test(.PUT, path, headers: bearer(Fixture.adminToken), body: body) { res async throws in
                        #expect(res.status == .unprocessableEntity)
                        #expect(try apiError(res).field == field)
                    }
                }
                try await app.testing().test(.PUT, path, headers: bearer(Fixture.adminToken),
                                             body: settingsBody(monday: #"[{"opens":"9am","closes":"17:00"}]"#)) { res async in
                    #expect(res.status.code >= 400 && res.status.code < 500)
                }
                let clinic = try #require(try await Store(app.db).clinic(f.london.id))
                #expect(clinic == f.london)
                #expect(try await Store(app.db).openingHours(clinic: f.london.id).isEmpty)
            }
        }

        @Test(arguments: TestStores.all)
        func theSettingsPageIsReadByTheClinicAndSavedByAnAdmin(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clinics/\(f.london.id)/settings", headers: lead.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("An admin changes these."))
                    #expect(html(res).contains("<fieldset disabled>"))
                    #expect(!html(res).contains("Save the settings"))
                }
                let admin = try await signIn(app, f.admin)
                var fields: [(String, String)] = [
                    ("phone", "+44 20 7946 0000"), ("email", "london@stipple.example"), ("emergencyNumber", "999"),
                    ("urgentCareAdvice", "Call NHS 111 the same day."), ("protocolVersion", DefaultProtocol.protocolValue.version),
                    ("sendHour", "10"), ("missedHour", "19"), ("quietFrom", "21"), ("quietUntil", "8"),
                    ("redMinutes", "0"), ("amberHours", ""), ("yellowDays", ""),
                    ("monday-1-opens", "09:00"), ("monday-1-closes", "12:30"), ("monday-2-opens", "13:30"), ("monday-2-closes", "17:30"),
                    ("thursday-1-opens", "09:00"), ("thursday-1-closes", "20:00"),
                ]
                let (h, b) = admin.form(fields)
                try await app.testing().test(.POST, "staff/clinics/\(f.london.id)/settings", headers: h, body: b) { res async throws in
                    let page = try await admin.followed(app, res)
                    #expect(page.body.string.contains("Saved: urgentCareAdvice, phone, email, openingHours."))
                    #expect(page.body.string.contains(#"name="thursday-1-closes" value="20:00""#))
                }
                fields.append(("friday-1-opens", "17:00"))
                let (h2, b2) = admin.form(fields)
                try await app.testing().test(.POST, "staff/clinics/\(f.london.id)/settings", headers: h2, body: b2) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("openingHours.friday: Give both times as HH:MM, or neither for closed."))
                    #expect(html(res).contains(#"aria-label="Friday opens" aria-invalid="true""#))
                }
                #expect(try await Store(app.db).openingHours(clinic: f.london.id).hours(.friday).isEmpty)
            }
        }

        @Test(arguments: TestStores.all)
        func aLeadPublishesANewDocumentVersionFromItsPageAndClientsAreAskedAgain(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clinics/\(f.london.id)/consent-documents", headers: lead.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Publish this version"))
                }
                let (bad, badBody) = lead.form([("kind", "treatment"), ("language", "en-GB"), ("title", "Treatment consent"), ("body", "")])
                try await app.testing().test(.POST, "staff/clinics/\(f.london.id)/consent-documents", headers: bad, body: badBody) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains(#"id="body" name="body""#) && html(res).contains(#"aria-invalid="true""#))
                }
                let (h, b) = lead.form([("kind", "treatment"), ("language", "en-GB"), ("title", "Treatment consent"),
                                        ("body", "What SMP is.\n\nIts risks, now with the new aftercare.")])
                try await app.testing().test(.POST, "staff/clinics/\(f.london.id)/consent-documents", headers: h, body: b) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("Version 2 of “Treatment consent” is published"))
                    #expect(page.body.string.contains("<p>Its risks, now with the new aftercare.</p>"))
                }
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: lead.headers) { res async in
                    #expect(html(res).contains("A new version asks again."))
                }
                let technician = try await signIn(app, f.technician)
                let (th, tb) = technician.form([("kind", "treatment"), ("language", "en-GB"), ("title", "T"), ("body", "x")])
                try await app.testing().test(.POST, "staff/clinics/\(f.london.id)/consent-documents", headers: th, body: tb) { res async in
                    #expect(res.status == .forbidden)
                }
            }
        }
    }
}
