import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

/// Issues a journey link through the staff API and returns its token.
func issueLink(_ app: Application, journey: UUID, token: String = Fixture.leadToken) async throws -> String {
    var linkToken: String?
    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/link", headers: bearer(token)) { res async throws in
        #expect(res.status == .created)
        linkToken = try json(res)["token"] as? String
    }
    return try #require(linkToken)
}

/// A urlencoded form body.
func formBody(_ fields: [(String, String)]) -> (HTTPHeaders, ByteBuffer) {
    var headers = HTTPHeaders()
    headers.contentType = .urlEncodedForm
    let text = fields.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }
        .joined(separator: "&")
    return (headers, ByteBuffer(string: text))
}

extension ServerTests {
    @Suite struct JourneyLinkTests {
        @Test(arguments: TestStores.all)
        func aLinkOpensItsJourneyAndANewOneEndsTheOld(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                try await app.testing().test(.POST, "api/v1/journeys/\(journey)/link", headers: bearer(Fixture.leadToken)) { res async throws in
                    #expect(res.status == .created)
                    #expect(res.headers.cacheControl?.noStore == true)
                    let body = try json(res)
                    let token = try #require(body["token"] as? String)
                    #expect(token.count == 43)  // 32 random bytes, base64url
                    #expect(body["path"] as? String == "/j/\(token)")
                    #expect((body["url"] as? String)?.hasSuffix("/j/\(token)") == true)
                    // 120 days from "now" by default.
                    #expect(body["expiresAt"] as? String == "2027-03-25T12:00:00Z")
                }
                let first = try await issueLink(app, journey: journey)
                try await app.testing().test(.GET, "j/\(first)") { res async in #expect(res.status == .ok) }
                let second = try await issueLink(app, journey: journey)
                try await app.testing().test(.GET, "j/\(first)") { res async in #expect(res.status == .notFound) }
                try await app.testing().test(.GET, "j/\(second)") { res async in #expect(res.status == .ok) }
                // Only the hash is stored: the link issued with the session, and the three since.
                let links = try await Store(app.db).journeyLinks(journey: journey)
                #expect(links.count == 4)
                #expect(links.filter { $0.revokedAt == nil }.count == 1)
            }
        }

        @Test(arguments: TestStores.all)
        func revokedAndExpiredLinksAreNotValid(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 2)
                let token = try await issueLink(app, journey: journey)
                try await app.testing().test(.DELETE, "api/v1/journeys/\(journey)/link", headers: bearer(Fixture.leadToken)) { res async in
                    #expect(res.status == .noContent)
                }
                try await app.testing().test(.GET, "j/\(token)") { res async in
                    #expect(res.status == .notFound)
                    #expect(res.headers.contentType == .html)
                    #expect(res.body.string.contains("This link is not valid"))
                    #expect(res.body.string.contains("Deze link is niet geldig"))
                }
                // Expiry: a link issued 121 days before "now".
                let store = Store(app.db)
                let old = SecretToken.generate()
                _ = try await store.issueJourneyLink(journey: journey, tokenHash: SecretToken.hash(old),
                                                     now: testNow.addingTimeInterval(-121 * 86_400),
                                                     expiresAt: testNow.addingTimeInterval(-1))
                try await app.testing().test(.GET, "j/\(old)") { res async in #expect(res.status == .notFound) }
                #expect(try await store.journeyID(linkHash: SecretToken.hash(old), now: testNow.addingTimeInterval(-2)) == journey)
                for bad in ["nonsense", String(repeating: "A", count: 43), old + "x"] {
                    try await app.testing().test(.GET, "j/\(bad)") { res async in #expect(res.status == .notFound, "\(bad)") }
                }
            }
        }

        @Test(arguments: TestStores.all)
        func onlyStaffWithHealthAccessToTheClinicIssueLinks(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 2)
                let cases: [(HTTPHeaders, HTTPStatus)] = [
                    (HTTPHeaders(), .unauthorized),
                    (bearer("wrong"), .unauthorized),
                    (bearer(Fixture.receptionToken), .forbidden),
                    (bearer(Fixture.amsterdamToken), .notFound),
                    (bearer(Fixture.adminToken), .created),
                ]
                for (headers, status) in cases {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/link", headers: headers) { res async in
                        #expect(res.status == status)
                    }
                }
                try await app.testing().test(.POST, "api/v1/journeys/\(UUID())/link", headers: bearer(Fixture.adminToken)) { res async in
                    #expect(res.status == .notFound)
                }
            }
        }
    }

    @Suite struct ClientPagesTests {
        @Test func phoneLinksKeepDigitsAndThePlusSign() {
            #expect(ClientPageParts.dialable("+44 (0)20 7946-0000") == "+4402079460000")
            #expect(ClientPageParts.dialable("020 ٧٩٤٦ 0000 ext. 12") == "020000012")
            #expect(ClientPageParts.dialable("") == "")
        }

        @Test(arguments: TestStores.all)
        func todayPageSaysWhatIsNormalInEnglish(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 4)
                let token = try await issueLink(app, journey: journey)
                try await app.testing().test(.GET, "j/\(token)") { res async in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType == .html)
                    #expect(res.headers.first(name: "Referrer-Policy") == "no-referrer")
                    #expect(res.headers.first(name: .cacheControl) == "no-store")
                    let html = res.body.string
                    #expect(html.contains("<html lang=\"en-GB\">"))
                    #expect(html.contains("Day 4 since your session"))
                    #expect(html.contains("Tiny dark scabs over the dots"))
                    #expect(html.contains("aria-current=\"step\""))
                    #expect(html.contains("href=\"tel:999\""))
                    #expect(html.contains("/j/\(token)/check-in"))
                    #expect(!html.contains("<script"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func todayPageIsDutchForTheDutchClinic(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                      token: Fixture.amsterdamToken, daysAgo: 1)
                let token = try await issueLink(app, journey: journey, token: Fixture.amsterdamToken)
                try await app.testing().test(.GET, "j/\(token)") { res async in
                    let html = res.body.string
                    #expect(html.contains("<html lang=\"nl\">"))
                    #expect(html.contains("Dag 1 na je behandeling"))
                    #expect(html.contains("Roodheid en zwelling"))
                    #expect(html.contains("Bel 112"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aFeverCheckInSendsTheClientToUrgentCare(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let token = try await issueLink(app, journey: journey)
                let (headers, body) = formBody([("redness", "1"), ("swelling", "1"), ("pain", "3"), ("heat", "1"),
                                                 ("discharge", "clear"), ("temperatureC", "38,5"), ("scabs", "on")])
                var location: String?
                try await app.testing().test(.POST, "j/\(token)/check-in", headers: headers, body: body) { res async in
                    #expect(res.status == .seeOther)
                    location = res.headers.first(name: .location)
                }
                let result = try #require(location)
                #expect(result.hasPrefix("/j/\(token)/check-ins/"))
                try await app.testing().test(.GET, String(result.dropFirst())) { res async in
                    #expect(res.status == .ok)
                    let html = res.body.string
                    // A fever alone: see a doctor today, said before the reasons, with the clinic's advice.
                    let headline = html.range(of: "See a doctor today")
                    let reason = html.range(of: "is a fever")
                    #expect(headline != nil && reason != nil && headline!.lowerBound < reason!.lowerBound)
                    #expect(html.contains("Call NHS 111 or ask your GP"))
                    #expect(!html.contains("Call 999 now"))
                }
                let stored = try await Store(app.db).checkIns(journey: journey)
                #expect(stored.count == 1)
                #expect(stored.first?.tier == .red)
                #expect(stored.first?.answers.temperatureC == 38.5)
                #expect(stored.first?.answers.washed == false)  // an unticked box is a "no"
                #expect(stored.first?.day == 3)
            }
        }

        @Test(arguments: TestStores.all)
        func signsOfSepsisShowTheEmergencyNumberFirst(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let token = try await issueLink(app, journey: journey)
                let (headers, body) = formBody([("redness", "1"), ("swelling", "1"), ("pain", "3"), ("heat", "1"),
                                                 ("discharge", "clear"), ("temperatureC", "38,5"), ("scabs", "on"),
                                                 ("systemicSymptoms", "on")])
                var location: String?
                try await app.testing().test(.POST, "j/\(token)/check-in", headers: headers, body: body) { res async in
                    location = res.headers.first(name: .location)
                }
                try await app.testing().test(.GET, String(try #require(location).dropFirst())) { res async in
                    let html = res.body.string
                    let call = html.range(of: "Call 999 now")
                    let reason = html.range(of: "signs of sepsis")
                    #expect(call != nil && reason != nil && call!.lowerBound < reason!.lowerBound)
                    #expect(html.contains("href=\"tel:999\""))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aGreenCheckInReassures(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                      token: Fixture.amsterdamToken, daysAgo: 2)
                let token = try await issueLink(app, journey: journey, token: Fixture.amsterdamToken)
                let (headers, body) = formBody([("redness", "1"), ("swelling", "1"), ("pain", "2"), ("heat", "0"),
                                                 ("discharge", "clear")])
                var location: String?
                try await app.testing().test(.POST, "j/\(token)/check-in", headers: headers, body: body) { res async in
                    location = res.headers.first(name: .location)
                }
                try await app.testing().test(.GET, String(try #require(location).dropFirst())) { res async in
                    #expect(res.body.string.contains("Dit past bij normaal herstel"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aFormWithMistakesIsShownAgainWithAMessageAtEachFieldAndStoresNothing(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let token = try await issueLink(app, journey: journey)
                let (headers, body) = formBody([("redness", "7"), ("pain", "3"), ("heat", "1"), ("discharge", "clear"),
                                                 ("temperatureC", "hot"), ("scabs", "on")])
                try await app.testing().test(.POST, "j/\(token)/check-in", headers: headers, body: body) { res async in
                    #expect(res.status == .unprocessableEntity)
                    let html = res.body.string
                    #expect(html.contains("id=\"redness-error\""))    // out of range
                    #expect(html.contains("id=\"swelling-error\""))   // missing
                    #expect(html.contains("id=\"temperatureC-error\""))
                    #expect(!html.contains("id=\"pain-error\""))
                    #expect(html.contains("Enter a temperature like 37.2, or leave it empty."))
                    // What was entered is kept.
                    #expect(html.contains("name=\"pain\" value=\"3\" checked"))
                    #expect(html.contains("name=\"scabs\" value=\"on\" checked"))
                }
                let (h2, b2) = formBody([("redness", "1"), ("swelling", "1"), ("pain", "3"), ("heat", "1"),
                                         ("discharge", "clear"), ("temperatureC", "47")])
                try await app.testing().test(.POST, "j/\(token)/check-in", headers: h2, body: b2) { res async in
                    #expect(res.status == .unprocessableEntity)
                    #expect(res.body.string.contains("Enter a body temperature from 30 to 45 °C."))
                }
                #expect(try await Store(app.db).checkIns(journey: journey).isEmpty)
            }
        }

        @Test(arguments: TestStores.all)
        func aCheckInOfAnotherJourneyIsNotShown(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let mine = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let theirs = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                     token: Fixture.amsterdamToken, daysAgo: 3)
                try await app.testing().test(.POST, "api/v1/journeys/\(theirs)/check-ins", headers: bearer(Fixture.amsterdamToken),
                                             body: jsonBody(#"{"redness":1}"#)) { _ async in }
                let other = try #require(try await Store(app.db).checkIns(journey: theirs).first)
                let token = try await issueLink(app, journey: mine)
                try await app.testing().test(.GET, "j/\(token)/check-ins/\(other.id)") { res async in
                    #expect(res.status == .notFound)
                }
            }
        }
    }
}

/// A multipart form body with text fields and files.
func multipartBody(_ fields: [(String, String)], files: [(field: String, filename: String, bytes: [UInt8])]) -> (HTTPHeaders, ByteBuffer) {
    let boundary = "----stipple-test-boundary"
    var body: [UInt8] = []
    for (name, value) in fields {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }
    for file in files {
        body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.filename)\"\r\nContent-Type: image/jpeg\r\n\r\n".utf8)
        body += file.bytes + Array("\r\n".utf8)
    }
    body += Array("--\(boundary)--\r\n".utf8)
    var headers = HTTPHeaders()
    headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
    return (headers, ByteBuffer(bytes: body))
}

let greenAnswers: [(String, String)] = [("redness", "1"), ("swelling", "1"), ("pain", "2"), ("heat", "0"), ("discharge", "clear")]

extension ServerTests {
    @Suite struct CheckInPhotoTests {
        @Test(arguments: TestStores.all)
        func photosAreStoredCleanAndShownOnlyToTheLinkAndStaff(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 2)
                let token = try await issueLink(app, journey: journey)
                let (headers, body) = multipartBody(greenAnswers, files: [
                    ("photo-front", "IMG_0001.JPG", Fixtures.jpegWithGPS), ("photo-crown", "crown.png", Fixtures.pngWithMetadata),
                    ("photo-left", "", []),  // a file input left empty
                ])
                var location: String?
                try await app.testing().test(.POST, "j/\(token)/check-in", headers: headers, body: body) { res async in
                    #expect(res.status == .seeOther)
                    location = res.headers.first(name: .location)
                }
                let photos = try await Store(app.db).photos(journey: journey)
                #expect(photos.map(\.view) == [.crown, .front])
                let front = try #require(photos.first { $0.view == .front })
                #expect(front.contentType == "image/jpeg" && front.width == 48 && front.height == 64)
                // On disk under its content hash, without the location.
                let settings = app.settings
                let path = PhotoFiles(directory: settings.photosDirectory, threadPool: app.threadPool).path(sha256: front.sha256, kind: .jpeg)
                let onDisk = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                #expect(!onDisk.contains("PhoneMaker"))

                try await app.testing().test(.GET, String(try #require(location).dropFirst())) { res async in
                    #expect(res.body.string.contains("/j/\(token)/photos/\(front.id)"))
                }
                try await app.testing().test(.GET, "j/\(token)/photos/\(front.id)") { res async in
                    #expect(res.status == .ok)
                    #expect(res.headers.contentType?.description == "image/jpeg")
                    #expect(Array(res.body.readableBytesView) == onDisk)
                }
                try await app.testing().test(.GET, "api/v1/photos/\(front.id)", headers: bearer(Fixture.leadToken)) { res async in
                    #expect(res.status == .ok)
                }
                for (token, status) in [(Fixture.amsterdamToken, HTTPStatus.notFound), (Fixture.receptionToken, .forbidden)] {
                    try await app.testing().test(.GET, "api/v1/photos/\(front.id)", headers: bearer(token)) { res async in
                        #expect(res.status == status)
                    }
                }
                // Another journey's link does not open it.
                let other = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                    token: Fixture.amsterdamToken, daysAgo: 2)
                let otherToken = try await issueLink(app, journey: other, token: Fixture.amsterdamToken)
                try await app.testing().test(.GET, "j/\(otherToken)/photos/\(front.id)") { res async in
                    #expect(res.status == .notFound)
                }
                // Staff see the photos on the journey.
                try await app.testing().test(.GET, "api/v1/journeys/\(journey)", headers: bearer(Fixture.leadToken)) { res async throws in
                    let checkIns = try #require(try json(res)["checkIns"] as? [[String: Any]])
                    let refs = try #require(checkIns.first?["photos"] as? [[String: Any]])
                    #expect(refs.count == 2)
                    #expect((refs.first?["url"] as? String)?.hasPrefix("/api/v1/photos/") == true)
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aBadPhotoGetsAMessageAtItsFieldAndNothingIsStored(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 2)
                let token = try await issueLink(app, journey: journey)
                let jpeg = Fixtures.jpegWithGPS
                let cases: [(String, [UInt8], String)] = [
                    ("photo-front", Array("MZ this is not an image".utf8), "This file is not a JPEG or PNG photo."),
                    ("photo-crown", Array(jpeg.prefix(jpeg.count / 2)), "This photo is incomplete or damaged."),
                    ("photo-left", Fixtures.pngHeader(width: 20000, height: 20000), "This photo has too many pixels"),
                    ("photo-right", [0xFF, 0xD8, 0xFF] + [UInt8](repeating: 0, count: 8 * 1024 * 1024), "larger than 8 MB"),
                ]
                for (field, bytes, message) in cases {
                    // A good photo beside the bad one is not kept either.
                    let files = [(field: field, filename: "photo.jpg", bytes: bytes)]
                        + (field == "photo-front" ? [] : [(field: "photo-front", filename: "ok.jpg", bytes: jpeg)])
                    let (headers, body) = multipartBody(greenAnswers, files: files)
                    try await app.testing().test(.POST, "j/\(token)/check-in", headers: headers, body: body) { res async in
                        #expect(res.status == .unprocessableEntity, "\(field)")
                        #expect(res.body.string.contains("id=\"\(field)-error\""), "\(field)")
                        #expect(res.body.string.contains(message), "\(field)")
                    }
                }
                #expect(try await Store(app.db).checkIns(journey: journey).isEmpty)
                #expect(try await Store(app.db).photos(journey: journey).isEmpty)
                let dir = app.settings.photosDirectory
                #expect((try? FileManager.default.contentsOfDirectory(atPath: dir))?.isEmpty ?? true)
            }
        }
    }
}

extension ServerTests {
    @Suite struct HistoryPageTests {
        @Test func theCurveOfASessionYearsAgoSpansItsWatchedWeeksNotEveryDaySince() throws {
            #expect(ScoreCurve.lastDay(today: 3, lastCheckIn: nil) == 14)
            #expect(ScoreCurve.lastDay(today: 30, lastCheckIn: 28) == 30)
            #expect(ScoreCurve.lastDay(today: 9_000, lastCheckIn: 12) == CheckInSchedule.watchDays)
            #expect(ScoreCurve.lastDay(today: 9_000, lastCheckIn: 400) == 400)
            // The expected band: one point a day, plus the two corners.
            let svg = ScoreCurve.svg(points: [(1, 4)], lastDay: ScoreCurve.lastDay(today: 9_000, lastCheckIn: 1), label: "curve").render()
            let band = try #require(svg.firstMatch(of: /<polygon points="([^"]+)"/)?.1)
            #expect(band.split(separator: " ").count == CheckInSchedule.watchDays + 3)
        }

        @Test(arguments: TestStores.all)
        func historyDrawsTheScoreAgainstTheExpectedCurveAndGroupsPhotosByView(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let token = try await issueLink(app, journey: journey)
                try await app.testing().test(.GET, "j/\(token)/history") { res async in
                    #expect(res.status == .ok)
                    #expect(res.body.string.contains("You have not checked in yet."))
                }
                for (day, body) in [(1, #"{"day":1,"redness":2,"swelling":2,"pain":5}"#), (3, #"{"day":3,"redness":1,"swelling":1,"pain":2}"#)] {
                    try await app.testing().test(.POST, "api/v1/journeys/\(journey)/check-ins", headers: bearer(Fixture.leadToken),
                                                 body: jsonBody(body)) { res async in #expect(res.status == .created, "day \(day)") }
                }
                let (headers, body) = multipartBody(greenAnswers, files: [("photo-front", "a.jpg", Fixtures.jpegWithGPS)])
                try await app.testing().test(.POST, "j/\(token)/check-in", headers: headers, body: body) { res async in
                    #expect(res.status == .seeOther)
                }
                try await app.testing().test(.GET, "j/\(token)/history") { res async in
                    let html = res.body.string
                    #expect(html.contains("<svg"))
                    // Two check-ins at the same instant on day 3: either order.
                    #expect(html.contains("Symptom score by day: day 1: 6, day 3: 3, day 3: 4")
                            || html.contains("Symptom score by day: day 1: 6, day 3: 4, day 3: 3"))
                    #expect(html.components(separatedBy: "<circle").count - 1 == 3)
                    #expect(html.contains("<h3>Front hairline</h3>"))
                    #expect(html.contains("alt=\"Front hairline, day 3\""))
                    #expect(!html.contains("<h3>Crown</h3>"))
                }
                try await app.testing().test(.GET, "j/\(token)") { res async in
                    #expect(res.body.string.contains("/j/\(token)/history"))
                }
            }
        }
    }
}
