import Foundation
import SQLKit
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// Every yes-or-no question answered no, the reason chosen, and the client's name typed.
func screeningAnswers(name: String, yes: Set<String> = [], condition: String = "pattern-baldness") -> [(String, String)] {
    ScreeningQuestionnaire.current.questions.map { ($0.field, yes.contains($0.field) ? "yes" : "no") }
        + [("condition", condition), ("oilySkin", "no"), ("friction-helmet", "yes"), ("confirmedName", name)]
}

/// The token of the latest screening link queued for `client`, opened as the dispatcher would.
func queuedScreeningToken(_ app: Application, client: UUID) async throws -> String {
    let row = try #require(try await (app.db as! any SQLDatabase).raw("""
        SELECT sealed_token FROM client_messages WHERE client_id = \(bind: client) AND kind = 'screening-link'
        ORDER BY created_at DESC LIMIT 1
        """).first())
    return try #require(app.settings.linkSealer.open(try row.decode(column: "sealed_token", as: String.self)))
}

extension ServerTests {
    @Suite struct ScreeningTests {
        /// A London client with an email address and nothing screened, registered at the desk.
        static func registered(_ app: Application, _ f: Fixture, name: String = "Dan Okafor",
                               language: Language = .enGB) async throws -> ClientRecord {
            try await Store(app.db).createClient(NewClient(
                clinicID: f.london.id, fullName: name, dateOfBirth: LocalDate(iso: "1988-03-12")!, idCheckedBy: f.reception.id,
                idCheckedOn: LocalDate(iso: "2026-11-20")!, idDocument: .drivingLicence, email: "dan@example.com",
                preferredLanguage: language, preferredChannel: .email))
        }

        @Test(arguments: TestStores.all)
        func receptionSendsTheLinkTheClientAnswersOnTheirPhoneAndTheClearanceUnblocksTheSession(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let dan = try await Self.registered(app, f)
                try await signConsultationConsents(Store(app.db), client: dan.id, by: f.lead.id)
                // Not screened: no session.
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(sessionBody(client: dan.id, technician: f.lead.id))) { res async throws in
                    #expect(res.status == .conflict)
                    #expect(try apiError(res).code == "screening_missing")
                }
                let desk = try await signIn(app, f.reception)
                let (h, b) = desk.form([])
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/screening-link", headers: h, body: b) { res async throws in
                    let page = try await desk.followed(app, res)
                    #expect(page.body.string.contains("The screening link is on its way to Dan Okafor by email."))
                }
                // The outbox sends it by email, with the link, greeting the client.
                let file = temporaryFile("outbox.jsonl")
                let clock = TestClock(testNow)
                let report = try await dispatcher(app, transport: FileReminderTransport(path: file), worker: "w", clock: clock).dispatchDue()
                #expect(report.sent == 1)
                let sent = try #require(try outboxLines(file).first)
                let token = try await queuedScreeningToken(app, client: dan.id)
                #expect(sent["link"] as? String == "https://care.example/s/\(token)")
                #expect(sent["email"] as? String == "dan@example.com")
                #expect((sent["text"] as? String)?.hasPrefix("Hello Dan,") == true)
                #expect(sent["journeyID"] == nil || sent["journeyID"] is NSNull)

                try await app.testing().test(.GET, "s/\(token)") { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("Do you take blood-thinning medicine"))
                }
                // A question left out, then a name that is not the client's: refused, nothing kept.
                var missing = screeningAnswers(name: "Dan Okafor")
                missing.removeAll { $0.0 == "anticoagulants" }
                let (h1, b1) = formBody(missing)
                try await app.testing().test(.POST, "s/\(token)", headers: h1, body: b1) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains(#"<fieldset id="anticoagulants" aria-describedby="screening-problem" class="invalid">"#))
                }
                let (h2, b2) = formBody(screeningAnswers(name: "Someone Else", yes: ["anticoagulants"]))
                try await app.testing().test(.POST, "s/\(token)", headers: h2, body: b2) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("Type your full name as the clinic has it: Dan Okafor."))
                }
                #expect(try await Store(app.db).health(client: dan.id) == nil)
                // Answered, with blood thinners; the name in any case and spacing.
                let (h3, b3) = formBody(screeningAnswers(name: "  dan   OKAFOR ", yes: ["anticoagulants"]))
                try await app.testing().test(.POST, "s/\(token)", headers: h3, body: b3) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("the clinic will ask the doctor who prescribes your medicine"))
                    #expect(html(res).contains("Keep taking your medicines as prescribed."))
                }
                // The link is used up.
                try await app.testing().test(.GET, "s/\(token)") { res async in #expect(res.status == .notFound) }
                let health = try #require(try await Store(app.db).health(client: dan.id))
                #expect(health.screening.channel == .link && health.screening.confirmedName == "dan   OKAFOR")
                #expect(health.screening.response.answers.anticoagulants && health.screening.response.friction == [.helmet])
                #expect(health.screening.recordedBy == nil && health.screening.version == ScreeningQuestionnaire.current.version)

                // Reception sees that it is complete, not what it says; the lead sees the warning.
                try await app.testing().test(.GET, "staff/clients/\(dan.id)", headers: desk.headers) { res async in
                    #expect(html(res).contains("The answers are for the technicians."))
                    #expect(!html(res).contains("blood"))
                }
                let lead = try await signIn(app, f.lead)
                try await app.testing().test(.GET, "staff/clients/\(dan.id)", headers: lead.headers) { res async in
                    #expect(html(res).contains("Prescriber&#39;s clearance needed."))
                    #expect(html(res).contains(#"id="clearance-prescriber""#))
                }
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(sessionBody(client: dan.id, technician: f.lead.id))) { res async throws in
                    #expect(res.status == .conflict)
                    #expect(try apiError(res).code == "clearance_missing")
                }
                // A clearance needs its evidence; then it holds, once.
                let (h4, b4) = lead.form([("kind", "prescriber"), ("evidence", " ")])
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/clearances", headers: h4, body: b4) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains("Say what the clearance rests on."))
                }
                let (h5, b5) = lead.form([("kind", "prescriber"), ("evidence", "Letter from Dr Shah, 20 Nov: agrees")])
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/clearances", headers: h5, body: b5) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("Prescriber&#39;s clearance recorded."))
                    #expect(page.body.string.contains("Clear to treat."))
                }
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/clearances", headers: h5, body: b5) { res async in
                    #expect(res.status == .conflict)
                }
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(sessionBody(client: dan.id, technician: f.lead.id))) { res async in
                    #expect(res.status == .created)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aContraindicationIsNeverCleared(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let dan = try await Self.registered(app, f)
                try await signConsultationConsents(Store(app.db), client: dan.id, by: f.lead.id)
                let lead = try await signIn(app, f.lead)
                let (h, b) = lead.form(screeningAnswers(name: "Dan Okafor", yes: ["chemotherapy"]))
                try await app.testing().test(.POST, "staff/clients/\(dan.id)/screening", headers: h, body: b) { res async throws in
                    let page = try await lead.followed(app, res)
                    #expect(page.body.string.contains("Do not treat."))
                    #expect(page.body.string.contains("Chemotherapy in progress: no treatment until it has ended."))
                }
                let health = try #require(try await Store(app.db).health(client: dan.id))
                #expect(health.screening.channel == .tablet && health.screening.recordedBy == f.lead.id)
                // Nothing to clear for chemotherapy: a clearance it does not ask for is refused.
                try await app.testing().test(.POST, "api/v1/clients/\(dan.id)/clearances", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"kind":"prescriber","evidence":"GP letter"}"#)) { res async throws in
                    #expect(res.status == .unprocessableEntity)
                    #expect(try apiError(res).field == "kind")
                }
                try await app.testing().test(.POST, "api/v1/sessions", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(sessionBody(client: dan.id, technician: f.lead.id))) { res async throws in
                    #expect(res.status == .conflict)
                    #expect(try apiError(res).code == "contraindicated")
                }
                // A new screening once the chemotherapy has ended replaces it.
                try await app.testing().test(.POST, "api/v1/clients/\(dan.id)/screenings", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"hairLossCondition":"thinning","screening":{},"skinType":4}"#)) { res async throws in
                    #expect(res.status == .created)
                    let body = try json(res)
                    #expect(body["status"] as? String == "clear")
                    #expect(body["skinType"] as? Int == 4)
                    #expect(body["channel"] as? String == "staff")
                }
                #expect(try await Store(app.db).screenings(client: dan.id).count == 2)
            }
        }

        @Test(arguments: TestStores.all)
        func theQuestionnaireSpeaksTheClientsLanguage(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let anouk = try await Self.registered(app, f, name: "Anouk de Jong", language: .nlNL)
                _ = try await ScreeningLinks(store: Store(app.db), now: testNow, sealer: app.settings.linkSealer)
                    .send(to: anouk, clinic: f.london, by: f.reception)
                let token = try await queuedScreeningToken(app, client: anouk.id)
                try await app.testing().test(.GET, "s/\(token)") { res async in
                    #expect(html(res).contains(#"<html lang="nl-NL">"#))
                    #expect(html(res).contains("Gebruik je bloedverdunners"))
                }
                let (h, b) = formBody(screeningAnswers(name: "Anouk de Jong", yes: ["scalpInfectionOrWounds", "keloidTendency"]))
                try await app.testing().test(.POST, "s/\(token)", headers: h, body: b) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains("We behandelen je hoofdhuid zodra de infectie of wond is genezen."))
                    #expect(html(res).contains("zet de kliniek eerst een kleine testplek"))
                }
            }
        }

        /// Fifty submissions of one link at once: one screening is kept.
        @Test(arguments: TestStores.all)
        func aLinkCompletesOnceUnderConcurrentSubmissions(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let dan = try await Self.registered(app, f)
                _ = try await ScreeningLinks(store: Store(app.db), now: testNow, sealer: app.settings.linkSealer)
                    .send(to: dan, clinic: f.london, by: f.reception)
                let token = try await queuedScreeningToken(app, client: dan.id)
                let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                    for _ in 0..<50 {
                        group.addTask {
                            let (h, b) = formBody(screeningAnswers(name: "Dan Okafor"))
                            return try await app.testing().sendRequest(.POST, "s/\(token)", headers: h, body: b).status
                        }
                    }
                    return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
                }
                #expect(statuses.filter { $0 == .ok }.count == 1)
                #expect(statuses.filter { $0 == .notFound }.count == 49)
                #expect(try await Store(app.db).screenings(client: dan.id).count == 1)
            }
        }

        @Test(arguments: TestStores.all)
        func registeringWarnsOfAClientWithTheSameNameAndBirthday(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let desk = try await signIn(app, f.reception)
                try await app.testing().test(.GET, "staff/clients/new", headers: desk.headers) { res async in
                    #expect(res.status == .ok)
                    #expect(html(res).contains(#"<option value="driving-licence">Driving licence</option>"#))
                }
                let marcus: [(String, String)] = [
                    ("clinic", f.london.id.uuidString), ("fullName", "marcus bell"), ("dateOfBirth", "1979-09-30"),
                    ("idDocument", "passport"), ("idCheckedOn", "2026-11-25"), ("email", "m.bell@example.com"), ("phone", ""),
                    ("channel", "email"), ("language", "en-GB"),
                ]
                let (h, b) = desk.form(marcus)
                try await app.testing().test(.POST, "staff/clients", headers: h, body: b) { res async in
                    #expect(res.status == .conflict)
                    #expect(html(res).contains("Already registered?"))
                    #expect(html(res).contains("/staff/clients/\(f.client.id)"))
                }
                // Under 18 on the clinic's date: refused, naming the field.
                let young = marcus.map { $0.0 == "dateOfBirth" ? ($0.0, "2008-11-26") : $0 }
                let (h2, b2) = desk.form(young)
                try await app.testing().test(.POST, "staff/clients", headers: h2, body: b2) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(html(res).contains(#"id="dateOfBirth" name="dateOfBirth" value="2008-11-26" required aria-invalid="true""#))
                }
                let (h3, b3) = desk.form(marcus + [("notADuplicate", "yes")])
                try await app.testing().test(.POST, "staff/clients", headers: h3, body: b3) { res async throws in
                    let page = try await desk.followed(app, res)
                    #expect(page.body.string.contains("marcus bell is registered. Next: the screening."))
                    #expect(page.body.string.contains("Not completed yet: no session until it is."))
                }
            }
        }
    }
}

/// A session's body for `client` today, for the screening gate.
func sessionBody(client: UUID, technician: UUID) -> String {
    let f = ISO8601DateFormatter()
    let start = testNow.addingTimeInterval(-3 * 3600)
    return """
    {"clientID":"\(client)","technicianID":"\(technician)","startedAt":"\(f.string(from: start))",
     "endedAt":"\(f.string(from: start.addingTimeInterval(9000)))","zones":["crown"],"needleType":"3RL",
     "needleSize":"0.25 mm","depth":"standard","pigmentProduct":"Neutral black","pigmentBatch":"LOT-1"}
    """
}
