import Foundation
import SQLKit
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// A consultation booked straight into the store, whatever the schedule says: for tests of what
/// staff do with one.
@discardableResult
func bookConsultation(_ store: Store, clinic: UUID, technician: UUID, startsAt: Date, name: String = "Eva de Jong",
                      born: String = "1990-04-02") async throws -> Booking {
    let request = ConsultationRequest(fullName: name, email: try EmailAddress("eva@example.nl"), phone: nil,
                                      dateOfBirth: LocalDate(iso: born)!, concern: .thinning, language: .nlNL)
    return try await store.placeBooking(NewBooking(clinicID: clinic, technicianID: technician, type: .consultation, startsAt: startsAt,
                                                   language: .nlNL, request: request),
                                        linkHash: nil, messages: { _ in [] }, now: testNow, check: { _ in nil })
}

extension ServerTests {
    @Suite struct BookingTests {
        /// Open every day, 09:00 to 18:00 on the clinic's clock.
        static let everyDay = OpeningHours(Dictionary(uniqueKeysWithValues: OpeningHours.Weekday.allCases.map {
            ($0, [OpeningHours.Interval(opens: 9 * 60, closes: 18 * 60)])
        }))

        static func open(_ app: Application, _ clinic: Clinic, _ hours: OpeningHours = everyDay) async throws {
            _ = try await Store(app.db).updateClinicSettings(clinic.id, ClinicSettings(clinic, openingHours: hours))
        }

        /// The path of a redirect, without scheme and host.
        static func path(_ res: TestingHTTPResponse) throws -> String {
            let location = try #require(res.headers.first(name: .location))
            return URLComponents(string: location).map { $0.path + ($0.query.map { "?" + $0 } ?? "") } ?? location
        }

        static func post(_ app: Application, _ path: String, _ fields: [(String, String)]) async throws -> TestingHTTPResponse {
            let (headers, body) = formBody(fields)
            return try await app.testing().sendRequest(.POST, String(path.dropFirst()), headers: headers, body: body)
        }

        static func get(_ app: Application, _ path: String) async throws -> TestingHTTPResponse {
            try await app.testing().sendRequest(.GET, String(path.dropFirst()))
        }

        static func count(_ app: Application, _ condition: String) async throws -> Int {
            let row = try await (app.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM bookings WHERE \(unsafeRaw: condition)").first()
            return try #require(try row?.decode(column: "n", as: Int.self))
        }

        static let eva: [(String, String)] = [("fullName", "Eva de Jong"), ("email", "eva@example.nl"), ("dateOfBirth", "1990-04-02"),
                                              ("concern", "thinning"), ("language", "nl-NL")]

        /// Amsterdam, in Dutch: a time held and booked, its confirmation with the calendar file on
        /// the clinic's clock; moved through the manage link, the old link then harmless; cancelled,
        /// and not revived by the link.
        @Test(arguments: TestStores.all)
        func bookMoveAndCancelThroughThePages(store: StoreLocation) async throws {
            let outbox = temporaryFile("outbox.jsonl")
            try await withStipple(store, settings: { $0.reminderTransport = .file(path: outbox) }) { app, f in
                try await Self.open(app, f.amsterdam)
                let week = try await Self.get(app, "/nl/clinics/amsterdam/book")
                #expect(week.status == .ok)
                #expect(week.body.string.contains("Boek een gratis consult bij Stipple Amsterdam"))
                // Saturday 28 November, 10:00 in Amsterdam (09:00 UTC): listed, and held.
                #expect(week.body.string.contains(#"value="2026-11-28T09:00:00Z" aria-label="za 28 nov 2026 om 10:00""#))
                let held = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z"), ("mode", "in-person")])
                #expect(held.status == .seeOther)
                let form = try Self.path(held)
                #expect(form.hasPrefix("/nl/book/"))
                #expect(try await Self.get(app, form).body.string.contains("za 28 nov 2026 om 10:00"))

                // Seventeen: refused kindly, nothing booked.
                let young = try await Self.post(app, form, Self.eva.map { $0.0 == "dateOfBirth" ? ($0.0, "2010-01-01") : $0 })
                #expect(young.status == .unprocessableEntity)
                #expect(young.body.string.contains("SMP is alleen voor mensen van 18 jaar en ouder"))
                #expect(try await Self.count(app, "status = 'booked'") == 0)

                let booked = try await Self.post(app, form, Self.eva)
                #expect(booked.status == .seeOther)
                let manage = try Self.path(booked)
                #expect(manage.hasPrefix("/b/") && manage.hasSuffix("?done=booked"))
                let firstLink = String(manage.dropLast("?done=booked".count))
                let page = try await Self.get(app, manage)
                #expect(page.body.string.contains("Je afspraak staat"))
                #expect(page.body.string.contains("Gratis consult: za 28 nov 2026 om 10:00"))
                let ics = try await Self.get(app, firstLink + "/booking.ics")
                #expect(ics.headers.contentType?.description.hasPrefix("text/calendar") == true)
                #expect(ics.body.string.contains("DTSTART;TZID=Europe/Amsterdam:20261128T100000\r\n"))

                // The confirmation goes with its calendar file; the reminder waits for a day before.
                let clock = TestClock(testNow)
                _ = try await dispatcher(app, transport: FileReminderTransport(path: outbox), worker: "w", clock: clock).dispatchDue()
                let sent = try outboxLines(outbox)
                let confirmation = try #require(sent.first { $0["kind"] as? String == "booking-confirmation" })
                #expect(confirmation["email"] as? String == "eva@example.nl")
                #expect((confirmation["text"] as? String)?.contains("za 28 nov 2026 om 10:00") == true)
                #expect((confirmation["calendar"] as? String)?.contains("DTSTART;TZID=Europe/Amsterdam:20261128T100000") == true)
                #expect((confirmation["link"] as? String)?.hasSuffix(firstLink) == true)
                let bookingID = try #require(try await Store(app.db).booking(linkHash: SecretToken.hash(String(firstLink.dropFirst(3))))?.booking.id)
                let waiting = try await Store(app.db).bookingMessages(booking: bookingID).filter { $0.kind == .reminder }
                #expect(waiting.map(\.dueAt) == [ISO8601DateFormatter().date(from: "2026-11-27T09:00:00Z")!])

                // Moved to Monday 14:00: a new link; the old one says where it went and changes nothing.
                #expect(try await Self.get(app, firstLink + "/reschedule").status == .ok)
                let moved = try await Self.post(app, firstLink + "/reschedule", [("start", "2026-11-30T13:00:00Z")])
                #expect(moved.status == .seeOther)
                let secondLink = String(try Self.path(moved).prefix { $0 != "?" })
                #expect(secondLink != firstLink)
                let old = try await Self.get(app, firstLink)
                #expect(old.status == .ok)
                #expect(old.body.string.contains("Deze link hoort bij een eerdere tijd. Je consult is nu op ma 30 nov 2026 om 14:00."))
                #expect(!old.body.string.contains("Annuleer mijn consult"))
                #expect(try await Self.post(app, firstLink + "/reschedule", [("start", "2026-12-01T13:00:00Z")]).status == .conflict)
                #expect(try await Self.post(app, firstLink + "/cancel", []).status == .conflict)
                #expect(try await Self.get(app, firstLink + "/booking.ics").status == .notFound)
                #expect(try await Self.count(app, "status = 'booked'") == 1)
                let now = try #require(try await Store(app.db).booking(bookingID))
                #expect(now.version == 2 && now.startsAt == ISO8601DateFormatter().date(from: "2026-11-30T13:00:00Z")!)
                let reminders = try await Store(app.db).bookingMessages(booking: bookingID).filter { $0.kind == .reminder }
                #expect(reminders.map(\.dueAt) == [ISO8601DateFormatter().date(from: "2026-11-29T13:00:00Z")!])

                // Cancelled: the link says so and cannot bring it back.
                let cancelled = try await Self.post(app, secondLink + "/cancel", [])
                #expect(cancelled.status == .seeOther)
                #expect(try await Self.get(app, secondLink).body.string.contains("Dit consult (ma 30 nov 2026 om 14:00) is geannuleerd."))
                #expect(try await Self.post(app, secondLink + "/reschedule", [("start", "2026-12-01T13:00:00Z")]).status == .conflict)
                #expect(try await Self.count(app, "status = 'booked'") == 0)
                #expect(try await Store(app.db).bookingMessages(booking: bookingID).filter { $0.kind == .reminder && $0.status == "scheduled" }.isEmpty)
                _ = try await dispatcher(app, transport: FileReminderTransport(path: outbox), worker: "w", clock: clock).dispatchDue()
                let last = try #require(try outboxLines(outbox).first { $0["kind"] as? String == "booking-cancelled" })
                #expect((last["calendar"] as? String)?.contains("STATUS:CANCELLED") == true)
                #expect((last["calendar"] as? String)?.contains("SEQUENCE:2") == true)
            }
        }

        /// 200 people book one technician's one time at once: the database lets exactly one
        /// through, and tells the rest clearly.
        @Test(arguments: TestStores.all)
        func twoHundredBookingsOfOneSlotGiveOne(store: StoreLocation) async throws {
            try await withStipple(store, settings: { $0.publicFormLimit = 10_000 }) { app, f in
                try await Self.open(app, f.amsterdam)
                let body = #"{"clinicID":"\#(f.amsterdam.id)","technicianID":"\#(f.amsterdamLead.id)","startsAt":"2026-11-27T13:00:00Z","#
                    + #""fullName":"Racer","email":"racer@example.nl","dateOfBirth":"1990-01-01","concern":"other"}"#
                var headers = HTTPHeaders()
                headers.contentType = .json
                let results = try await ServerTests.RaceTests.race(app, Array(repeating: (.POST, "api/v1/public/bookings", headers, body),
                                                                                   count: 200))
                #expect(results.filter { $0.status == .created }.count == 1)
                #expect(results.filter { $0.status == .conflict && $0.code == "slot_taken" }.count == 199)
                #expect(try await Self.count(app, "status = 'booked'") == 1)
            }
        }

        /// A hold keeps its time for ten minutes; after that the next person may take it, and the
        /// first form then says the time went.
        @Test(arguments: TestStores.all)
        func anExpiredHoldGivesWay(store: StoreLocation) async throws {
            let clock = TestClock(testNow)
            try await withStipple(store, settings: { $0.now = { clock.now } }) { app, f in
                try await Self.open(app, f.amsterdam)
                let first = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z")])
                let firstForm = try Self.path(first)
                let early = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z")])
                #expect(early.status == .conflict)
                #expect(early.body.string.contains("Sorry, iemand heeft die tijd net geboekt"))
                clock.advance(11 * 60)
                let second = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z")])
                #expect(second.status == .seeOther)
                let late = try await Self.post(app, firstForm, Self.eva)
                #expect(late.status == .notFound)
                #expect(try await Self.post(app, try Self.path(second), Self.eva).status == .seeOther)
                #expect(try await Self.count(app, "status = 'booked'") == 1)
                // A hold that ran out but that nobody took is still booked by its form.
                let third = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T10:00:00Z")])
                clock.advance(30 * 60)
                #expect(try await Self.post(app, try Self.path(third), Self.eva).status == .seeOther)
                #expect(try await Self.count(app, "status = 'booked'") == 2)
            }
        }

        /// A form with its honeypot filled in is answered as if it worked, with nothing held; past
        /// the address's limit the answer is 429 with Retry-After.
        @Test(arguments: TestStores.all)
        func scriptsMeetTheHoneypotAndTheLimit(store: StoreLocation) async throws {
            try await withStipple(store, settings: { $0.publicFormLimit = 3 }) { app, f in
                try await Self.open(app, f.amsterdam)
                let trapped = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z"), ("website", "x")])
                #expect(trapped.status == .seeOther)
                #expect(try Self.path(trapped) == "/nl")
                #expect(try await Self.count(app, "1 = 1") == 0)
                _ = try await Self.post(app, "/nl/clinics/amsterdam/book", [])
                _ = try await Self.post(app, "/nl/clinics/amsterdam/book", [])
                let refused = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z")])
                #expect(refused.status == .tooManyRequests)
                #expect(Int(refused.headers.first(name: .retryAfter) ?? "") ?? 0 > 0)
                #expect(try await Self.count(app, "1 = 1") == 0)
            }
        }

        /// Times stay on the clinic's clock across the spring and autumn changes: a day open
        /// 13:00–18:00 starts at 13:00 local, an hour apart in UTC either side of the change.
        @Test(arguments: TestStores.all)
        func slotsKeepTheirLocalTimesAcrossDaylightSaving(store: StoreLocation) async throws {
            let clock = TestClock(ISO8601DateFormatter().date(from: "2027-03-20T12:00:00Z")!)
            try await withStipple(store, settings: { $0.now = { clock.now } }) { app, f in
                let afternoons = OpeningHours(Dictionary(uniqueKeysWithValues: OpeningHours.Weekday.allCases.map {
                    ($0, [OpeningHours.Interval(opens: 13 * 60, closes: 18 * 60)])
                }))
                try await Self.open(app, f.amsterdam, afternoons)
                try await Self.open(app, f.london, afternoons)
                func firsts(_ clinic: Clinic, from: String) async throws -> [String] {
                    let res = try await app.testing().sendRequest(.GET, "api/v1/public/clinics/\(clinic.id)/slots?from=\(from)&days=3")
                    let slots = try #require(try json(res)["slots"] as? [[String: Any]])
                    var seen: [String: String] = [:]
                    for s in slots {
                        let start = s["startsAt"] as! String
                        seen[String(start.prefix(10)), default: start] = min(seen[String(start.prefix(10))] ?? start, start)
                    }
                    return seen.keys.sorted().map { seen[$0]! }
                }
                #expect(try await firsts(f.amsterdam, from: "2027-03-27")
                        == ["2027-03-27T12:00:00Z", "2027-03-28T11:00:00Z", "2027-03-29T11:00:00Z"])
                #expect(try await firsts(f.london, from: "2027-03-27")
                        == ["2027-03-27T13:00:00Z", "2027-03-28T12:00:00Z", "2027-03-29T12:00:00Z"])
                clock.set(ISO8601DateFormatter().date(from: "2027-10-20T12:00:00Z")!)
                #expect(try await firsts(f.amsterdam, from: "2027-10-30")
                        == ["2027-10-30T11:00:00Z", "2027-10-31T12:00:00Z", "2027-11-01T12:00:00Z"])
                #expect(try await firsts(f.london, from: "2027-10-30")
                        == ["2027-10-30T12:00:00Z", "2027-10-31T13:00:00Z", "2027-11-01T13:00:00Z"])
                // Booking one through the API says its local time.
                let res = try await app.testing().sendRequest(.POST, "api/v1/public/bookings", headers: ["Content-Type": "application/json"],
                                                              body: jsonBody(#"{"clinicID":"\#(f.amsterdam.id)","startsAt":"2027-10-31T12:00:00Z","fullName":"Eva","phone":"+31 6 1234 5678","dateOfBirth":"1990-01-01","concern":"scars","language":"nl-NL"}"#))
                #expect(res.status == .created)
                #expect(try json(res)["localStart"] as? String == "20271031T130000")
            }
        }

        /// Reception in London sees a consultation in the calendar and on the day, and records a
        /// no-show once its time has come; another clinic's lead cannot.
        @Test(arguments: TestStores.all)
        func receptionRecordsANoShow(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let booking = try await bookConsultation(Store(app.db), clinic: f.london.id, technician: f.technician.id,
                                                         startsAt: testNow.addingTimeInterval(-3600), name: "Ayo Bankole")
                let reception = try await signIn(app, f.reception)
                let day = try await app.testing().sendRequest(.GET, "staff/day", headers: reception.headers)
                #expect(day.body.string.contains("11:00</strong> Free consultation · Ayo Bankole · with Tom Price"))
                #expect(!day.body.string.contains("Thinning hair"))
                let week = try await app.testing().sendRequest(.GET, "staff/calendar", headers: reception.headers)
                #expect(week.body.string.contains("Ayo Bankole"))
                let other = try await signIn(app, f.amsterdamLead)
                let (h1, b1) = formBody([("outcome", "no-show"), ("_csrf", other.csrf)])
                var headers = other.headers
                headers.contentType = h1.contentType
                #expect(try await app.testing().sendRequest(.POST, "staff/bookings/\(booking.id)/outcome", headers: headers, body: b1).status
                        == .notFound)
                let (h2, b2) = formBody([("outcome", "no-show"), ("_csrf", reception.csrf)])
                headers = reception.headers
                headers.contentType = h2.contentType
                let marked = try await app.testing().sendRequest(.POST, "staff/bookings/\(booking.id)/outcome", headers: headers, body: b2)
                #expect(marked.status == .seeOther)
                #expect(try await Store(app.db).booking(booking.id)?.status == .noShow)
                // The notice travels in the flash cookie of the redirect.
                let flash = try #require(marked.headers.setCookie?[StaffFlash.cookie]?.string)
                var again = reception.headers
                again.replaceOrAdd(name: .cookie, value: (again.first(name: .cookie) ?? "") + "; \(StaffFlash.cookie)=\(flash)")
                let after = try await app.testing().sendRequest(.GET, "staff/day", headers: again)
                #expect(after.body.string.contains("Ayo Bankole is recorded as a no-show."))
                #expect(after.body.string.contains(#"<span class="badge warning">No-show</span>"#))
            }
        }

        /// Books a consultation through the API and returns its manage path.
        static func book(_ app: Application, _ clinic: Clinic, at start: String, name: String) async throws -> String {
            let body = #"{"clinicID":"\#(clinic.id)","startsAt":"\#(start)","fullName":"\#(name)","email":"\#(name.lowercased())@example.nl","#
                + #""dateOfBirth":"1990-01-01","concern":"thinning","language":"nl-NL"}"#
            let res = try await app.testing().sendRequest(.POST, "api/v1/public/bookings", headers: ["Content-Type": "application/json"],
                                                          body: jsonBody(body))
            #expect(res.status == .created)
            let url = try #require(try json(res)["manageURL"] as? String)
            return try #require(URLComponents(string: url)?.path)
        }

        /// A cancellation offers its time to the first in line, held for half an hour; not taken,
        /// it lapses to the next, who takes it; the first's link then says the offer has ended.
        @Test(arguments: TestStores.all)
        func theWaitlistOffersAFreedTimeThenTheNext(store: StoreLocation) async throws {
            let clock = TestClock(testNow)
            let outbox = temporaryFile("outbox.jsonl")
            try await withStipple(store, settings: { $0.now = { clock.now }; $0.reminderTransport = .file(path: outbox) }) { app, f in
                try await Self.open(app, f.amsterdam)
                let freed = try await Self.book(app, f.amsterdam, at: "2026-11-28T09:00:00Z", name: "Anna")
                let bram = try await Self.book(app, f.amsterdam, at: "2026-11-30T13:00:00Z", name: "Bram")
                let cor = try await Self.book(app, f.amsterdam, at: "2026-12-01T13:00:00Z", name: "Cor")
                #expect(try await Self.post(app, bram + "/waitlist", []).status == .seeOther)
                #expect(try await Self.get(app, bram).body.string.contains("Je staat op de wachtlijst"))
                clock.advance(60)
                #expect(try await Self.post(app, cor + "/waitlist", []).status == .seeOther)
                #expect(try await Self.post(app, cor + "/waitlist", []).status == .seeOther)  // once is enough

                #expect(try await Self.post(app, freed + "/cancel", []).status == .seeOther)
                func offerLink(to name: String) async throws -> String {
                    _ = try await dispatcher(app, transport: FileReminderTransport(path: outbox), worker: "w", clock: clock).dispatchDue()
                    let offer = try #require(try outboxLines(outbox).last { $0["kind"] as? String == "booking-waitlist-offer"
                                                                              && $0["clientName"] as? String == name })
                    #expect((offer["text"] as? String)?.contains("za 28 nov 2026 om 10:00 is vrij") == true)
                    let link = try #require(offer["link"] as? String)
                    return try #require(URLComponents(string: link)?.path)
                }
                let bramOffer = try await offerLink(to: "Bram")
                #expect(try await Self.get(app, bramOffer).body.string.contains("We houden deze tijd voor je vast tot 13:31."))
                // Held for Bram: nobody else can take it meanwhile.
                #expect(try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z")]).status == .conflict)

                clock.advance(31 * 60)
                #expect(try await Waitlist(store: Store(app.db), now: clock.now, sealer: app.settings.linkSealer).sweep() == 1)
                #expect(try await Self.get(app, bramOffer).body.string.contains("Dit aanbod is voorbij"))
                #expect(try await Self.post(app, bramOffer, []).status == .conflict)
                let corOffer = try await offerLink(to: "Cor")
                let taken = try await Self.post(app, corOffer, [])
                #expect(taken.status == .seeOther)
                #expect(try Self.path(taken).hasSuffix("?done=moved"))
                let corBooking = try #require(try await Store(app.db).booking(linkHash: SecretToken.hash(String(cor.dropFirst(3)))))
                #expect(corBooking.booking.startsAt == ISO8601DateFormatter().date(from: "2026-11-28T09:00:00Z")!)
                #expect(corBooking.booking.version == 2)
                #expect(try await Self.get(app, cor).body.string.contains("Deze link hoort bij een eerdere tijd"))
                // Bram's booking stays; he still waits, and Cor's old Tuesday is no earlier for him.
                let bramBooking = try #require(try await Store(app.db).booking(linkHash: SecretToken.hash(String(bram.dropFirst(3)))))
                #expect(try await Store(app.db).isWaiting(booking: bramBooking.booking.id))
                #expect(try await Self.count(app, "status = 'held'") == 0)
                #expect(try await Self.count(app, "status = 'booked'") == 2)
            }
        }

        static func staffPost(_ app: Application, _ who: StaffCookie, _ path: String, _ fields: [(String, String)]) async throws
            -> TestingHTTPResponse {
            var headers = who.headers
            let (h, body) = formBody(fields + [("_csrf", who.csrf)])
            headers.contentType = h.contentType
            return try await app.testing().sendRequest(.POST, String(path.dropFirst()), headers: headers, body: body)
        }

        /// At the consultation a booking becomes a client record, or joins the record of the
        /// client with the same name and date of birth; a no-show or a cancellation of a known
        /// client lands on their record.
        @Test(arguments: TestStores.all)
        func aConsultationBecomesAClientRecord(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let db = Store(app.db)
                let lead = try await signIn(app, f.lead)
                let ayo = try await bookConsultation(db, clinic: f.london.id, technician: f.lead.id,
                                                     startsAt: testNow.addingTimeInterval(-1800), name: "Ayo Bankole", born: "1988-02-11")
                let day = try await app.testing().sendRequest(.GET, "staff/day", headers: lead.headers)
                #expect(day.body.string.contains("/staff/clients/new?booking=\(ayo.id)"))
                let form = try await app.testing().sendRequest(.GET, "staff/clients/new?booking=\(ayo.id)", headers: lead.headers)
                #expect(form.body.string.contains(#"value="Ayo Bankole""#) && form.body.string.contains(#"value="1988-02-11""#))
                let registered = try await Self.staffPost(app, lead, "/staff/clients", [
                    ("booking", ayo.id.uuidString), ("clinic", f.london.id.uuidString), ("fullName", "Ayo Bankole"),
                    ("dateOfBirth", "1988-02-11"), ("idDocument", "passport"), ("idCheckedOn", "2026-11-25"),
                    ("email", "eva@example.nl"), ("channel", "email"), ("language", "en-GB")])
                #expect(registered.status == .seeOther)
                let linked = try #require(try await db.booking(ayo.id))
                let client = try #require(linked.clientID)
                #expect(linked.status == .attended)
                let record = try await app.testing().sendRequest(.GET, "staff/clients/\(client)", headers: lead.headers)
                #expect(record.body.string.contains("Free consultation, Wed 25 Nov 2026, 11:30: came"))

                // Marcus Bell is on file: his consultation joins his record.
                let marcus = try await bookConsultation(db, clinic: f.london.id, technician: f.technician.id,
                                                        startsAt: testNow.addingTimeInterval(-900), name: "Marcus Bell", born: "1979-09-30")
                let duplicate = try await Self.staffPost(app, lead, "/staff/clients", [
                    ("booking", marcus.id.uuidString), ("clinic", f.london.id.uuidString), ("fullName", "Marcus Bell"),
                    ("dateOfBirth", "1979-09-30"), ("idDocument", "passport"), ("idCheckedOn", "2026-11-25"),
                    ("email", "eva@example.nl"), ("channel", "email"), ("language", "en-GB")])
                #expect(duplicate.status == .conflict)
                #expect(duplicate.body.string.contains("/staff/bookings/\(marcus.id)/client"))
                let joined = try await Self.staffPost(app, lead, "/staff/bookings/\(marcus.id)/client", [("client", f.client.id.uuidString)])
                #expect(joined.status == .seeOther)
                #expect(try await db.booking(marcus.id)?.clientID == f.client.id)

                // A no-show of a known client is on their record.
                let again = try await bookConsultation(db, clinic: f.london.id, technician: f.lead.id,
                                                       startsAt: testNow.addingTimeInterval(-300), name: "Marcus Bell", born: "1979-09-30")
                #expect(try await Self.staffPost(app, lead, "/staff/bookings/\(again.id)/outcome", [("outcome", "no-show")]).status == .seeOther)
                #expect(try await db.booking(again.id)?.clientID == f.client.id)
                let his = try await app.testing().sendRequest(.GET, "staff/clients/\(f.client.id)", headers: lead.headers)
                #expect(his.body.string.contains("Free consultation, Wed 25 Nov 2026, 11:55: no-show"))
                #expect(his.body.string.contains("Free consultation, Wed 25 Nov 2026, 11:45: came"))

                // So is his cancellation, by the clinic or through his link.
                let later = try await bookConsultation(db, clinic: f.london.id, technician: f.lead.id,
                                                       startsAt: testNow.addingTimeInterval(3 * 86_400), name: "Marcus Bell", born: "1979-09-30")
                #expect(try await Self.staffPost(app, lead, "/staff/bookings/\(later.id)/cancel", []).status == .seeOther)
                #expect(try await db.booking(later.id)?.clientID == f.client.id)
                let record2 = try await app.testing().sendRequest(.GET, "staff/clients/\(f.client.id)", headers: lead.headers)
                #expect(record2.body.string.contains("Free consultation, Sat 28 Nov 2026, 12:00: cancelled"))
            }
        }

        /// A day the clinic closes and a technician's time off take their times out of the
        /// booking site; removed, they come back. The lead technician changes them; a technician
        /// of the team reads them only.
        @Test(arguments: TestStores.all)
        func closuresAndTimeOffTakeTimesAway(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await Self.open(app, f.amsterdam)
                func days() async throws -> Set<String> {
                    let res = try await app.testing().sendRequest(.GET, "api/v1/public/clinics/\(f.amsterdam.id)/slots?from=2026-11-27&days=4")
                    let slots = try #require(try json(res)["slots"] as? [[String: Any]])
                    return Set(slots.map { String(($0["startsAt"] as! String).prefix(10)) })
                }
                #expect(try await days() == ["2026-11-27", "2026-11-28", "2026-11-29", "2026-11-30"])
                let lead = try await signIn(app, f.amsterdamLead)
                let closed = try await Self.staffPost(app, lead, "/staff/clinics/\(f.amsterdam.id)/closures",
                                                      [("date", "2026-11-28"), ("reason", "Koningsdag stand-in")])
                #expect(closed.status == .seeOther)
                let away = try await Self.staffPost(app, lead, "/staff/clinics/\(f.amsterdam.id)/time-off",
                                                    [("technician", f.amsterdamLead.id.uuidString), ("from", "2026-11-30"), ("to", "2026-11-30")])
                #expect(away.status == .seeOther)
                #expect(try await Self.staffPost(app, lead, "/staff/clinics/\(f.amsterdam.id)/closures", [("date", "2026-11-01")]).status
                        == .unprocessableEntity)
                #expect(try await days() == ["2026-11-27", "2026-11-29"])
                let refused = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-28T09:00:00Z")])
                #expect(refused.status == .conflict)
                #expect(refused.body.string.contains("De kliniek is die dag gesloten."))
                #expect(try await Self.get(app, "/nl/clinics/amsterdam").body.string.contains("Gesloten op za 28 nov 2026."))
                let page = try await app.testing().sendRequest(.GET, "staff/clinics/\(f.amsterdam.id)/schedule", headers: lead.headers)
                #expect(page.body.string.contains("Closed on Sat 28 Nov 2026 · Koningsdag stand-in"))
                #expect(page.body.string.contains("Sanne de Vries away on Mon 30 Nov 2026"))
                let closure = try #require(try await Store(app.db).scheduleExceptions(clinic: f.amsterdam.id, from: LocalDate(iso: "2026-11-25")!,
                                                                                      since: testNow).first)
                #expect(try await Self.staffPost(app, lead, "/staff/clinics/\(f.amsterdam.id)/schedule/\(closure.id)/remove", []).status
                        == .seeOther)
                #expect(try await days() == ["2026-11-27", "2026-11-28", "2026-11-29"])
            }
        }

        /// A technician's own week through its page: times only in their hours and out of their
        /// break, none on their days off; a break outside the hours is refused by its field; back
        /// on the clinic's hours, the times return.
        @Test(arguments: TestStores.all)
        func aTechniciansOwnWeekShapesTheirTimes(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await Self.open(app, f.amsterdam)
                let zone = TimeZone(identifier: "Europe/Amsterdam")!
                func times() async throws -> [String] {
                    let res = try await app.testing().sendRequest(.GET, "api/v1/public/clinics/\(f.amsterdam.id)/slots?from=2026-11-29&days=2")
                    let slots = try #require(try json(res)["slots"] as? [[String: Any]])
                    return slots.map { slot in
                        let start = ISO8601DateFormatter().date(from: slot["startsAt"] as! String)!
                        return "\(LocalDate(start, in: zone).iso) \(CalendarPage.time(start, zone))"
                    }
                }
                let before = try await times()
                #expect(before.count == 2 * 35)  // 09:00 to 17:30, both days
                let lead = try await signIn(app, f.amsterdamLead)
                let path = "/staff/clinics/\(f.amsterdam.id)/technicians/\(f.amsterdamLead.id)/hours"
                let page = try await app.testing().sendRequest(.GET, String(path.dropFirst()), headers: lead.headers)
                #expect(page.body.string.contains("Sanne de Vries works the clinic&#39;s opening hours"))
                #expect(page.body.string.contains(#"name="monday-starts" value="09:00""#))

                let late = try await Self.staffPost(app, lead, path, [("monday-starts", "10:00"), ("monday-ends", "14:00"),
                                                                      ("monday-break-from", "13:45"), ("monday-break-until", "14:15")])
                #expect(late.status == .unprocessableEntity)
                #expect(late.body.string.contains("breaks.monday: the break 13:45–14:15 must fall within the hours worked that day"))
                #expect(try await times() == before)

                // Booked already on a Tuesday, which the new week leaves out: the clinic is told.
                _ = try await bookConsultation(Store(app.db), clinic: f.amsterdam.id, technician: f.amsterdamLead.id,
                                               startsAt: ISO8601DateFormatter().date(from: "2026-12-01T08:00:00Z")!, name: "Eva de Jong")
                let saved = try await Self.staffPost(app, lead, path, [("monday-starts", "10:00"), ("monday-ends", "14:00"),
                                                                       ("monday-break-from", "12:00"), ("monday-break-until", "12:30")])
                #expect(saved.status == .seeOther)
                let flash = try #require(saved.headers.setCookie?[StaffFlash.cookie]?.string)
                var withFlash = lead.headers
                withFlash.replaceOrAdd(name: .cookie, value: (withFlash.first(name: .cookie) ?? "") + "; \(StaffFlash.cookie)=\(flash)")
                let told = try await app.testing().sendRequest(.GET, String(path.dropFirst()), headers: withFlash)
                #expect(told.body.string.contains("Sanne de Vries&#39;s week is saved. Booked outside it already, to move or keep: "
                                                  + "the consultation of Eva de Jong on Tue 1 Dec 2026, 09:00."))
                // Sunday off; Monday 10:00 to 13:30, less the three starts that would run into the break.
                let intoTheBreak: ClosedRange<Int> = 705...735  // 11:45 to 12:15
                let monday: [String] = stride(from: 600, through: 810, by: 15).filter { !intoTheBreak.contains($0) }
                    .map { "2026-11-30 " + OpeningHours.clock($0) }
                #expect(try await times() == monday)
                let schedule = try await app.testing().sendRequest(.GET, "staff/clinics/\(f.amsterdam.id)/schedule", headers: lead.headers)
                #expect(schedule.body.string.contains("Mon 10:00–14:00 (break 12:00–12:30)"))
                let refused = try await Self.post(app, "/nl/clinics/amsterdam/book", [("start", "2026-11-30T11:00:00Z")])
                #expect(refused.status == .conflict)

                #expect(try await Self.staffPost(app, lead, path + "/reset", []).status == .seeOther)
                #expect(try await times() == before)
            }
        }

        /// The health questions sent after booking: answered once from the booking's link, kept
        /// with the booking (the technician's day says so, reception's does not), and made the
        /// client's screening when the consultation is put on their record. A moved booking's old
        /// link opens nothing; a cancellation drops the answers, and so do 30 days after a
        /// consultation that went on no record.
        @Test(arguments: TestStores.all)
        func healthQuestionsAnsweredAfterBookingBecomeTheClientsScreening(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                try await Self.open(app, f.amsterdam)
                let manage = try await Self.book(app, f.amsterdam, at: "2026-11-30T13:00:00Z", name: "Lotte")
                let sql = app.db as! any SQLDatabase
                let kinds = try await sql.raw("SELECT kind FROM booking_messages ORDER BY kind").all()
                    .map { try $0.decode(column: "kind", as: String.self) }
                #expect(kinds == ["booking-confirmation", "booking-reminder", "booking-screening-link"])
                let link = try #require(try await sql.raw("SELECT sealed_token FROM booking_messages WHERE kind = 'booking-screening-link'")
                    .first()?.decode(column: "sealed_token", as: String.self))
                #expect(app.settings.linkSealer.open(link).map { "/b/" + $0 } == manage)
                #expect(try await Self.get(app, manage).body.string.contains("Beantwoord de gezondheidsvragen"))

                let questions = try await Self.get(app, manage + "/health")
                #expect(questions.status == .ok)
                #expect(questions.body.string.contains(#"id="screening-form""#))
                let wrongName = try await Self.post(app, manage + "/health", screeningAnswers(name: "Someone Else"))
                #expect(wrongName.status == .unprocessableEntity)
                func answered() async throws -> Int {
                    try #require(try await sql.raw("SELECT COUNT(*) AS n FROM booking_screenings").first()?.decode(column: "n", as: Int.self))
                }
                #expect(try await answered() == 0)
                let sent = try await Self.post(app, manage + "/health", screeningAnswers(name: "lotte", yes: ["anticoagulants"]))
                #expect(sent.status == .ok)
                #expect(sent.body.string.contains("Je antwoorden zijn bij de kliniek."))
                #expect(sent.body.string.contains("vraagt de kliniek eerst toestemming aan de arts die je medicijnen voorschrijft"))
                let again = try await Self.post(app, manage + "/health", screeningAnswers(name: "Lotte"))
                #expect(again.status == .conflict)
                #expect(try await answered() == 1)
                #expect(try await Self.get(app, manage).body.string.contains("Je antwoorden op de gezondheidsvragen zijn bij de kliniek."))

                // On the day: the technician sees the answers are in; reception does not.
                let booking = try #require(try await Store(app.db).bookings(clinics: [f.amsterdam.id], from: testNow,
                                                                            until: testNow + 30 * 86_400).first)
                #expect(booking.screened)
                // Put on a client's record, the answers become the client's screening.
                let client = try await Store(app.db).createClient(NewClient(
                    clinicID: f.amsterdam.id, fullName: "Lotte", dateOfBirth: LocalDate(iso: "1990-01-01")!, idCheckedBy: f.amsterdamLead.id,
                    idCheckedOn: LocalDate(iso: "2026-11-25")!, idDocument: .passport, preferredLanguage: .nlNL))
                #expect(try await Store(app.db).health(client: client.id) == nil)
                let lead = try await signIn(app, f.amsterdamLead)
                let linked = try await Self.staffPost(app, lead, "/staff/bookings/\(booking.booking.id)/client", [("client", client.id.uuidString)])
                #expect(linked.status == .seeOther)
                let health = try #require(try await Store(app.db).health(client: client.id))
                #expect(health.screening.response.answers.anticoagulants)
                #expect(health.screening.channel == .link && health.screening.confirmedName == "lotte")

                // Moved, the old link's questions are closed.
                let moved = try await Self.post(app, manage + "/reschedule", [("start", "2026-12-01T13:00:00Z")])
                #expect(moved.status == .seeOther)
                #expect(try await Self.get(app, manage + "/health").status == .conflict)

                // A cancelled consultation's answers are not kept.
                let other = try await Self.book(app, f.amsterdam, at: "2026-12-02T13:00:00Z", name: "Bram")
                #expect(try await Self.post(app, other + "/health", screeningAnswers(name: "Bram")).status == .ok)
                #expect(try await answered() == 2)
                #expect(try await Self.post(app, other + "/cancel", []).status == .seeOther)
                #expect(try await answered() == 1)

                // A booker who never becomes a client: the answers go 30 days after the consultation.
                let third = try await Self.book(app, f.amsterdam, at: "2026-12-03T13:00:00Z", name: "Cor")
                #expect(try await Self.post(app, third + "/health", screeningAnswers(name: "Cor")).status == .ok)
                let start = ISO8601DateFormatter().date(from: "2026-12-03T13:00:00Z")!
                func drop(after days: Double) async throws -> Int {
                    try await ConsultationBooking(store: Store(app.db), now: start + days * 86_400, sealer: app.settings.linkSealer)
                        .dropUnclaimedAnswers()
                }
                #expect(try await drop(after: 29.9) == 0)
                #expect(try await drop(after: 30.1) == 1)
                // Lotte's, on her record, stays with her booking.
                #expect(try await answered() == 1)
            }
        }
    }
}
