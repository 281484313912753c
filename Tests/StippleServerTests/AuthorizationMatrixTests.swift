import Foundation
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// Every route × every role, plus anonymous and a client's link, with the exact status. A
    /// route added without a line here fails `everyRouteIsInTheMatrix`.
    @Suite struct AuthorizationMatrixTests {
        enum Who: String, CaseIterable {
            case anonymous, clientLink = "client-link", reception, otherClinic = "other-clinic", technician, lead, admin
        }

        /// Statuses in the order of `Who.allCases`.
        struct Line {
            var method: HTTPMethod
            var path: String
            var statuses: [Int]
            /// A JSON or form body; form bodies get the session's CSRF token.
            var body: String = ""

            init(method: HTTPMethod, path: String, statuses: [Int], body: String = "") {
                self.method = method; self.path = path; self.statuses = statuses; self.body = body
            }

            /// A staff route's line, named by the case that registers it.
            init(_ route: StaffRoute, statuses: [Int], body: String = "") {
                self.init(method: route.method, path: route.pattern.replacing(/:(\w+)/) { "{\($0.1)}" },
                          statuses: statuses, body: body)
            }
        }

        // 401: no credential. 403: the role may not. 404: another clinic's (not revealed) or
        // nothing there. 400/422: allowed, and the (deliberately incomplete) input refused; the role
        // is always checked before the input.
        // 303 on a staff page: anonymous readers are sent to sign in.
        // anonymous, client-link, reception, other-clinic, technician, lead, admin
        static let lines: [Line] = [
            Line(method: .GET, path: "/healthz", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/readyz", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/openapi.yaml", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/docs", statuses: [200, 200, 200, 200, 200, 200, 200]),
            // The client pages open with the link alone; anyone else has no valid token to put there.
            Line(method: .GET, path: "/j/{token}", statuses: [404, 200, 404, 404, 404, 404, 404]),
            Line(method: .GET, path: "/j/{token}/check-in", statuses: [404, 200, 404, 404, 404, 404, 404]),
            Line(method: .POST, path: "/j/{token}/check-in", statuses: [404, 422, 404, 404, 404, 404, 404], body: "form:"),
            Line(method: .GET, path: "/j/{token}/check-ins/{checkInID}", statuses: [404, 200, 404, 404, 404, 404, 404]),
            Line(method: .GET, path: "/j/{token}/history", statuses: [404, 200, 404, 404, 404, 404, 404]),
            Line(method: .GET, path: "/j/{token}/photos/{photoID}", statuses: [404, 200, 404, 404, 404, 404, 404]),
            Line(method: .GET, path: "/j/{token}/consents", statuses: [404, 200, 404, 404, 404, 404, 404]),
            // Nothing chosen: the page says so (422).
            Line(method: .POST, path: "/j/{token}/consents/withdraw", statuses: [404, 422, 404, 404, 404, 404, 404], body: "form:"),
            // The screening questionnaire and the documents after it open with their own link alone;
            // nobody here holds one.
            Line(method: .GET, path: "/s/{token}/consents", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .POST, path: "/s/{token}/consents", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            Line(method: .GET, path: "/s/{token}", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .POST, path: "/s/{token}", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            // The public site: the same for everyone; a hold or a manage link opens with its own token alone.
            Line(method: .GET, path: "/", statuses: [303, 303, 303, 303, 303, 303, 303]),
            Line(method: .GET, path: "/{lang}", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/{lang}/smp", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/{lang}/clinics/{clinic}", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/{lang}/clinics/{clinic}/book", statuses: [200, 200, 200, 200, 200, 200, 200]),
            // No time chosen: the times again (422).
            Line(method: .POST, path: "/{lang}/clinics/{clinic}/book", statuses: [422, 422, 422, 422, 422, 422, 422], body: "form:"),
            Line(method: .GET, path: "/{lang}/book/{hold}", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .POST, path: "/{lang}/book/{hold}", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            // Missing every field: the form again (422).
            Line(method: .GET, path: "/{lang}/partners", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .POST, path: "/{lang}/partners", statuses: [422, 422, 422, 422, 422, 422, 422], body: "form:"),
            Line(method: .GET, path: "/b/{token}", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .GET, path: "/b/{token}/booking.ics", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .GET, path: "/b/{token}/reschedule", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .POST, path: "/b/{token}/reschedule", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            Line(method: .POST, path: "/b/{token}/cancel", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            Line(method: .POST, path: "/b/{token}/waitlist", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            Line(method: .GET, path: "/b/{token}/health", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .POST, path: "/b/{token}/health", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            Line(method: .GET, path: "/w/{token}", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(method: .POST, path: "/w/{token}", statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            // Staff pages.
            Line(.login, statuses: [200, 200, 303, 303, 303, 303, 303]),
            Line(.signIn, statuses: [403, 403, 403, 403, 403, 403, 403], body: "form:email=x"),
            Line(.home, statuses: [303, 303, 303, 303, 303, 303, 303]),
            Line(.day, statuses: [303, 303, 200, 200, 200, 200, 200]),
            Line(.dashboard, statuses: [303, 303, 403, 200, 200, 200, 200]),
            Line(.alerts, statuses: [303, 303, 403, 200, 200, 200, 200]),
            Line(.acknowledgeAlert, statuses: [401, 401, 403, 404, 303, 303, 303], body: "form:"),
            Line(.resolveAlert, statuses: [401, 401, 403, 404, 422, 422, 422], body: "form:"),
            Line(.clients, statuses: [303, 303, 200, 200, 200, 200, 200]),
            Line(.client, statuses: [303, 303, 200, 404, 200, 200, 200]),
            Line(.recordConsent, statuses: [401, 401, 422, 404, 422, 422, 422], body: "form:"),
            // Consents are not health data: reception hands the tablet over too.
            Line(.signConsentsForm, statuses: [303, 303, 200, 404, 200, 200, 200]),
            Line(.signConsents, statuses: [401, 401, 422, 404, 422, 422, 422], body: "form:"),
            // Reception registers clients and sends the screening link (Marcus has no address: 422);
            // the answers, clearances and skin are for those with health access.
            Line(.registerForm, statuses: [303, 303, 200, 200, 200, 200, 200]),
            Line(.register, statuses: [401, 401, 422, 422, 422, 422, 422], body: "form:"),
            Line(.sendScreeningLink, statuses: [401, 401, 422, 404, 422, 422, 422], body: "form:"),
            Line(.screeningForm, statuses: [303, 303, 403, 404, 200, 200, 200]),
            Line(.submitScreening, statuses: [401, 401, 403, 404, 422, 422, 422], body: "form:"),
            Line(.recordClearance, statuses: [401, 401, 403, 404, 422, 422, 422], body: "form:"),
            Line(.assessSkin, statuses: [401, 401, 403, 404, 303, 303, 303], body: "form:"),
            Line(.setPlan, statuses: [401, 401, 403, 404, 422, 422, 422], body: "form:"),
            // Charting is for the people with health access.
            Line(.chartSession, statuses: [303, 303, 403, 404, 200, 200, 200]),
            Line(.recordSession, statuses: [401, 401, 403, 404, 422, 422, 422], body: "form:"),
            Line(.sessionPhoto, statuses: [303, 303, 403, 404, 404, 404, 404]),
            Line(.photo, statuses: [303, 303, 403, 404, 200, 200, 200]),
            Line(.bookFollowUp, statuses: [401, 401, 403, 404, 422, 422, 422], body: "form:"),
            Line(.cancelFollowUp, statuses: [401, 401, 403, 404, 404, 404, 404], body: "form:"),
            // A consultation of the clinic: reception and the team record it; the time has not come (422).
            Line(.recordBookingOutcome, statuses: [401, 401, 422, 404, 422, 422, 422], body: "form:outcome=no-show"),
            // No client chosen (422).
            Line(.linkBookingToClient, statuses: [401, 401, 422, 404, 422, 422, 422], body: "form:"),
            // The first who may cancels it; the rest find it cancelled (409).
            Line(.cancelBooking, statuses: [401, 401, 303, 404, 409, 409, 409], body: "form:"),
            Line(.calendar, statuses: [303, 303, 200, 200, 200, 200, 200]),
            // A clinic's closures and time off: its team reads them, its lead or an admin changes them
            // (a day missing: 422; nothing of that id: 404).
            Line(.schedule, statuses: [303, 303, 200, 404, 200, 200, 200]),
            Line(.addClosure, statuses: [401, 401, 403, 404, 403, 422, 422], body: "form:"),
            Line(.addTimeOff, statuses: [401, 401, 403, 404, 403, 422, 422], body: "form:"),
            Line(.removeScheduleException, statuses: [401, 401, 403, 404, 403, 404, 404], body: "form:"),
            // A technician's working hours likewise (an empty week: 422).
            Line(.technicianHours, statuses: [303, 303, 200, 404, 200, 200, 200]),
            Line(.saveTechnicianHours, statuses: [401, 401, 403, 404, 403, 422, 422], body: "form:"),
            Line(.resetTechnicianHours, statuses: [401, 401, 403, 404, 403, 303, 303], body: "form:"),
            // The partner pipeline is the admins'.
            Line(.partners, statuses: [303, 303, 403, 403, 403, 403, 200]),
            Line(.partnerApplication, statuses: [303, 303, 403, 403, 403, 403, 200]),
            Line(.movePartnerApplication, statuses: [401, 401, 403, 403, 403, 403, 422], body: "form:"),
            Line(.newCalendarFeed, statuses: [401, 401, 303, 303, 303, 303, 303], body: "form:"),
            Line(method: .GET, path: "/calendar/{feed}", statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(.audit, statuses: [303, 303, 403, 403, 403, 403, 200]),
            Line(.auditExport, statuses: [303, 303, 403, 403, 403, 403, 200]),
            Line(.people, statuses: [303, 303, 403, 403, 403, 403, 200]),
            Line(.addStaff, statuses: [401, 401, 403, 403, 403, 403, 422], body: "form:"),
            // An invitation opens with its own token alone; nobody here holds one.
            Line(.invitation, statuses: [404, 404, 404, 404, 404, 404, 404]),
            Line(.acceptInvitation, statuses: [404, 404, 404, 404, 404, 404, 404], body: "form:"),
            Line(.setPassword, statuses: [401, 401, 403, 403, 403, 403, 422], body: "form:"),
            // Deactivates a spare person and revokes their token, not anyone the matrix signs in as.
            Line(.deactivate, statuses: [401, 401, 403, 403, 403, 403, 303], body: "form:"),
            Line(.issueToken, statuses: [401, 401, 403, 403, 403, 403, 422], body: "form:"),
            Line(.revokeToken, statuses: [401, 401, 403, 403, 403, 403, 303], body: "form:"),
            // Every staff member reads their clinic's settings and documents; an admin changes the settings,
            // a lead technician or an admin publishes a document's new version.
            Line(.clinics, statuses: [303, 303, 200, 200, 200, 200, 200]),
            Line(.clinicSettings, statuses: [303, 303, 200, 404, 200, 200, 200]),
            Line(.saveClinicSettings, statuses: [401, 401, 403, 404, 403, 403, 422], body: "form:"),
            Line(.consentDocuments, statuses: [303, 303, 200, 404, 200, 200, 200]),
            Line(.addConsentDocument, statuses: [401, 401, 403, 404, 403, 422, 422], body: "form:"),
            // The pigment batch register: for the people who chart; another clinic's lead sees their own.
            Line(.batches, statuses: [303, 303, 403, 200, 200, 200, 200]),
            Line(.addBatch, statuses: [401, 401, 403, 422, 422, 422, 422], body: "form:"),
            Line(.recallBatch, statuses: [401, 401, 403, 404, 403, 422, 422], body: "form:"),
            Line(.recallReport, statuses: [303, 303, 403, 404, 200, 200, 200]),
            Line(.recallReportCSV, statuses: [303, 303, 403, 404, 200, 200, 200]),
            // The public booking API needs no token; an empty booking names its first missing field.
            Line(method: .GET, path: "/api/v1/public/clinics", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/public/clinics/{clinicID}/slots", statuses: [200, 200, 200, 200, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/public/bookings", statuses: [422, 422, 422, 422, 422, 422, 422], body: "{}"),
            // The API, with bearer tokens.
            // Clinics' names, addresses and contact details are public; anyone signed in reads them.
            Line(method: .GET, path: "/api/v1/clinics", statuses: [401, 401, 200, 200, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/clinics", statuses: [401, 401, 403, 403, 403, 403, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/clinics/{clinicID}", statuses: [401, 401, 200, 200, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/technicians", statuses: [401, 401, 200, 200, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/technicians", statuses: [401, 401, 403, 422, 403, 422, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/clients", statuses: [401, 401, 200, 200, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/clients", statuses: [401, 401, 422, 422, 422, 422, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/clients/{clientID}", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/clients/{clientID}/screening", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/clients/{clientID}/screenings", statuses: [401, 401, 403, 404, 422, 422, 422], body: "{}"),
            Line(method: .POST, path: "/api/v1/clients/{clientID}/clearances", statuses: [401, 401, 403, 404, 422, 422, 422], body: "{}"),
            Line(method: .PUT, path: "/api/v1/clients/{clientID}/skin", statuses: [401, 401, 403, 404, 422, 422, 422], body: "{}"),
            // The treatment plan is for the people who treat.
            Line(method: .GET, path: "/api/v1/clients/{clientID}/treatment-plan", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .PUT, path: "/api/v1/clients/{clientID}/treatment-plan", statuses: [401, 401, 403, 404, 422, 422, 422], body: "{}"),
            // Reception sends the link too; Marcus has no address to send it to.
            Line(method: .POST, path: "/api/v1/clients/{clientID}/screening-link", statuses: [401, 401, 422, 404, 422, 422, 422]),
            Line(method: .GET, path: "/api/v1/clients/{clientID}/sessions", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/clients/{clientID}/journeys", statuses: [401, 401, 403, 404, 200, 200, 200]),
            // Consents are not health data: reception takes the signed forms.
            Line(method: .GET, path: "/api/v1/clients/{clientID}/consents", statuses: [401, 401, 200, 404, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/clients/{clientID}/consents", statuses: [401, 401, 422, 404, 422, 422, 422], body: "{}"),
            Line(method: .POST, path: "/api/v1/sessions", statuses: [401, 401, 403, 422, 422, 422, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/sessions/{sessionID}", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/journeys/{journeyID}", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/journeys/{journeyID}/check-ins", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/journeys/{journeyID}/check-ins", statuses: [401, 401, 403, 404, 400, 400, 400], body: "[]"),
            Line(method: .GET, path: "/api/v1/journeys/{journeyID}/reminders", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/journeys/{journeyID}/follow-up", statuses: [401, 401, 403, 404, 404, 404, 404]),
            Line(method: .POST, path: "/api/v1/journeys/{journeyID}/follow-up", statuses: [401, 401, 403, 404, 422, 422, 422], body: "{}"),
            Line(method: .DELETE, path: "/api/v1/journeys/{journeyID}/follow-up", statuses: [401, 401, 403, 404, 404, 404, 404]),
            Line(method: .GET, path: "/api/v1/photos/{photoID}", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .GET, path: "/api/v1/alerts", statuses: [401, 401, 403, 200, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/alerts/{alertID}/acknowledge", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/alerts/{alertID}/resolve", statuses: [401, 401, 403, 404, 422, 422, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/clinics/{clinicID}/settings", statuses: [401, 401, 200, 404, 200, 200, 200]),
            Line(method: .PUT, path: "/api/v1/clinics/{clinicID}/settings", statuses: [401, 401, 403, 404, 403, 403, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/clinics/{clinicID}/consent-documents", statuses: [401, 401, 200, 404, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/clinics/{clinicID}/consent-documents", statuses: [401, 401, 403, 404, 403, 422, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/clinics/{clinicID}/pigment-batches", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/clinics/{clinicID}/pigment-batches", statuses: [401, 401, 403, 404, 422, 422, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/pigment-batches/{batchID}", statuses: [401, 401, 403, 404, 200, 200, 200]),
            Line(method: .POST, path: "/api/v1/pigment-batches/{batchID}/recall", statuses: [401, 401, 403, 404, 403, 422, 422], body: "{}"),
            Line(method: .GET, path: "/api/v1/pigment-batches/{batchID}/recall-report", statuses: [401, 401, 403, 404, 200, 200, 200]),
            // These end the client's link, so they come after the client pages.
            Line(method: .POST, path: "/api/v1/journeys/{journeyID}/link", statuses: [401, 401, 403, 404, 201, 201, 201]),
            Line(method: .DELETE, path: "/api/v1/journeys/{journeyID}/link", statuses: [401, 401, 403, 404, 204, 204, 204]),
            // Last: it ends each person's session.
            Line(.logout, statuses: [401, 401, 303, 303, 303, 303, 303], body: "form:"),
        ]

        /// Words of Marcus's health record (his condition, his screening answers and clearance,
        /// his check-ins) that no answer to reception may hold; that a screening is complete is
        /// not among them.
        static let healthMarkers = ["hairlosscondition", "pattern-baldness", "pattern baldness", "anticoagul", "blood thinner",
                                    "prescriber", "clearance", "his gp", "\"answers\"", "fitzpatrick", "temperature",
                                    "\"tier\"", "triage", "pigmentbatch", "lot-1"]

        @Test func everyRouteIsInTheMatrix() async throws {
            try await withStipple(.sqliteMemory) { app, _ in
                let routes = Set(app.routes.all.map { route in
                    "\(route.method.rawValue) /" + route.path.map { component -> String in
                        if case let .parameter(name) = component { return "{\(name)}" }
                        return component.description
                    }.joined(separator: "/")
                })
                let inMatrix = Set(Self.lines.map { "\($0.method.rawValue) \($0.path)" })
                #expect(routes.subtracting(inMatrix).isEmpty, "routes without a line in the matrix")
                #expect(inMatrix.subtracting(routes).isEmpty, "matrix lines without a route")
            }
        }

        @Test(arguments: TestStores.all)
        func everyRoleGetsExactlyItsStatus(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                // Marcus (London) has a journey with a photo and a red alert.
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                let (h, b) = multipartBody(greenAnswers, files: [("photo-front", "front.jpg", Fixtures.jpegWithGPS)])
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in #expect(res.status == .seeOther) }
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                             body: jsonBody(#"{"temperatureC":38.6}"#)) { res async in #expect(res.status == .created) }
                let store = Store(app.db)
                let checkIn = try #require(try await store.checkIns(journey: journey).first)
                let photo = try #require(try await store.photos(journey: journey).first)
                let alert = try #require(try await store.alerts(clinic: f.london.id, statuses: [.open]).first)
                let batch = try await store.addPigmentBatch(
                    NewPigmentBatch(clinicID: f.london.id, product: "Neutral black", lot: "LOT-1", supplier: "Pigment Works",
                                    expiresOn: LocalDate(iso: "2027-06-30")!, createdBy: f.lead.id), now: testNow)
                let session = try #require(try await store.sessions(journey: journey).first)
                let spare = try await store.createStaff(NewStaffMember(clinicID: f.london.id, name: "Spare Person", role: .technician),
                                                        tokenHash: nil)
                let spareToken = try await store.addAPIToken(staff: spare.id, name: "spare", tokenHash: APIToken.hash("spare-token"),
                                                             expiresAt: nil, at: testNow)
                let booking = try await bookConsultation(store, clinic: f.london.id, technician: f.lead.id,
                                                         startsAt: testNow.addingTimeInterval(3 * 86_400))
                let application = try await store.submitPartnerApplication(PartnerTests.applicant(country: "NL"),
                                                                           firstResponseDue: testNow, now: testNow)

                let tokens: [Who: String] = [.reception: Fixture.receptionToken, .otherClinic: Fixture.amsterdamToken,
                                             .technician: Fixture.technicianToken, .lead: Fixture.leadToken, .admin: Fixture.adminToken]
                let members: [Who: StaffMember] = [.reception: f.reception, .otherClinic: f.amsterdamLead,
                                                   .technician: f.technician, .lead: f.lead, .admin: f.admin]
                var cookies: [Who: StaffCookie] = [:]
                for (who, member) in members { cookies[who] = try await signIn(app, member) }

                var failures: [String] = []
                for line in Self.lines {
                    for (i, who) in Who.allCases.enumerated() {
                        let values: [(String, String)] = [
                            ("{token}", who == .clientLink ? link : "x"), ("{journeyID}", journey.uuidString),
                            ("{clientID}", f.client.id.uuidString), ("{clinicID}", f.london.id.uuidString),
                            ("{sessionID}", session.id.uuidString), ("{checkInID}", checkIn.id.uuidString),
                            ("{photoID}", photo.id.uuidString), ("{alertID}", alert.id.uuidString), ("{batchID}", batch.id.uuidString),
                            ("{staffID}", (line.path.hasSuffix("/deactivate") ? spare.id : f.technician.id).uuidString),
                            ("{tokenID}", spareToken.uuidString), ("{feed}", "\(SecretToken.generate()).ics"),
                            ("{bookingID}", booking.id.uuidString), ("{applicationID}", application.uuidString),
                            ("{lang}", "en"), ("{clinic}", "london"), ("{hold}", SecretToken.generate()), ("{exceptionID}", UUID().uuidString),
                        ]
                        var path = line.path
                        for (name, value) in values { path = path.replacingOccurrences(of: name, with: value) }
                        if who != .clientLink, line.path.hasPrefix("/j/") {
                            path = path.replacingOccurrences(of: "/j/\(link)", with: "/j/\(SecretToken.generate())")
                        }
                        var headers = HTTPHeaders()
                        var body = ByteBuffer()
                        let isAPI = line.path.hasPrefix("/api/")
                        if isAPI, let token = tokens[who] { headers = bearer(token) }
                        if !isAPI, let cookie = cookies[who] { headers = cookie.headers }
                        if line.body.hasPrefix("form:") {
                            var fields: [(String, String)] = line.body.dropFirst(5).split(separator: "&").map {
                                let kv = $0.split(separator: "=", maxSplits: 1)
                                return (String(kv[0]), kv.count > 1 ? String(kv[1]) : "")
                            }
                            if let cookie = cookies[who], !line.path.hasPrefix("/staff/login") { fields.append(("_csrf", cookie.csrf)) }
                            let form = formBody(fields)
                            headers.contentType = form.0.contentType
                            body = form.1
                        } else if !line.body.isEmpty {
                            headers.contentType = .json
                            body = ByteBuffer(string: line.body)
                        }
                        try await app.testing().test(line.method, String(path.dropFirst()), headers: headers, body: body) { res async in
                            if Int(res.status.code) != line.statuses[i] {
                                failures.append("\(line.method) \(line.path) as \(who.rawValue): \(res.status.code), expected \(line.statuses[i])")
                            }
                            // Whatever reception is allowed to read carries no health data.
                            let text = res.body.string.lowercased()
                            // (The API's description names the fields; it holds no one's data.)
                            if who == .reception, !["/openapi.yaml", "/docs"].contains(line.path), let marker = Self.healthMarkers.first(where: { text.contains($0) }) {
                                failures.append("\(line.method) \(line.path) as reception: health data in the body (\(marker))")
                            }
                        }
                    }
                }
                #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
            }
        }

        @Test(arguments: TestStores.all)
        func aClientLinkOpensOnlyItsOwnJourney(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let marcus = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let joris = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                    token: Fixture.amsterdamToken, daysAgo: 3)
                let marcusLink = try await issueLink(app, journey: marcus)
                let jorisLink = try await issueLink(app, journey: joris, token: Fixture.amsterdamToken)
                let (h, b) = multipartBody(greenAnswers, files: [("photo-front", "front.jpg", Fixtures.jpegWithGPS)])
                try await app.testing().test(.POST, "j/\(marcusLink)/check-in", headers: h, body: b) { res async in #expect(res.status == .seeOther) }
                let checkIn = try #require(try await Store(app.db).checkIns(journey: marcus).first)
                let photo = try #require(try await Store(app.db).photos(journey: marcus).first)
                for path in ["j/\(jorisLink)/check-ins/\(checkIn.id)", "j/\(jorisLink)/photos/\(photo.id)"] {
                    try await app.testing().test(.GET, path) { res async in #expect(res.status == .notFound, "\(path)") }
                }
                // The link is no key to the staff pages or the API.
                var h2 = HTTPHeaders()
                h2.add(name: .cookie, value: "\(StaffSessionCookie.name)=\(marcusLink)")
                try await app.testing().test(.GET, "staff/clients/\(f.client.id)", headers: h2) { res async in #expect(res.status == .seeOther) }
                try await app.testing().test(.GET, "api/v1/journeys/\(marcus)", headers: bearer(marcusLink)) { res async in
                    #expect(res.status == .unauthorized)
                }
            }
        }
    }
}
