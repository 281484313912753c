import Foundation
import NIOConcurrencyHelpers
import StippleCore
@testable import StippleServer
import StippleStore
import Testing
import Vapor
import VaporTesting

extension ServerTests {
    /// The client's check-in form is open to anyone holding a link: a link may send a person's
    /// number of check-ins, not a script's.
    @Suite struct CheckInLimitTests {
        @Test(arguments: TestStores.all)
        func aLinkSendsTwentyCheckInsAnHourThenWaits(store: StoreLocation) async throws {
            let clock = NIOLockedValueBox(testNow)
            try await withStipple(store, settings: { $0.now = { clock.withLockedValue { $0 } } }) { app, f in
                let journey = try await recordSession(app, client: f.client.id, technician: f.lead.id, daysAgo: 3)
                let link = try await issueLink(app, journey: journey)
                func post() async throws -> TestingHTTPResponse {
                    let (h, b) = formBody(greenAnswers)
                    var out: TestingHTTPResponse?
                    try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in out = res }
                    return try #require(out)
                }
                // Twenty over three-quarters of an hour are taken.
                for i in 0..<ClientPagesController.checkInsPerHour {
                    clock.withLockedValue { $0 = testNow.addingTimeInterval(Double(i) * 120) }
                    let res = try await post()
                    #expect(res.status == .seeOther, "check-in \(i + 1)")
                }
                // The 21st, at 38 minutes after the first, waits until the first is an hour old.
                let last = testNow.addingTimeInterval(38 * 60)
                clock.withLockedValue { $0 = last }
                let refused = try await post()
                #expect(refused.status == .tooManyRequests)
                #expect(refused.headers.first(name: .retryAfter) == "\(22 * 60)")
                #expect(html(refused).contains("Please wait before checking in again"))
                #expect(html(refused).contains("in 22 minutes") && html(refused).contains("call 999"))
                #expect(try await Store(app.db).checkIns(journey: journey).count == 20)

                // An hour after the first, the link checks in again.
                clock.withLockedValue { $0 = testNow.addingTimeInterval(3600) }
                #expect(try await post().status == .seeOther)
            }
        }

        @Test(arguments: TestStores.all)
        func theLimitSpeaksTheClinicsLanguage(store: StoreLocation) async throws {
            try await withStipple(store) { app, f in
                let journey = try await recordSession(app, client: f.dutchClient.id, technician: f.amsterdamLead.id,
                                                      token: Fixture.amsterdamToken, daysAgo: 3)
                let link = try await issueLink(app, journey: journey, token: Fixture.amsterdamToken)
                try await checkInUpToTheHourlyLimit(app, link: link)
                let (h, b) = formBody(greenAnswers)
                try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in
                    #expect(res.status == .tooManyRequests)
                    #expect(res.headers.first(name: .retryAfter) == "3600")
                    #expect(html(res).contains("lang=\"nl\"") && html(res).contains("Even wachten met inchecken"))
                    #expect(html(res).contains("bel 112"))
                }
            }
        }

        @Test(arguments: TestStores.all)
        func aMadeUpLinkIsRefusedWhateverItsBody(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                var headers = HTTPHeaders()
                headers.contentType = .urlEncodedForm
                let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: 5 * 1024 * 1024)
                try await app.testing().test(.POST, "j/\(SecretToken.generate())/check-in", headers: headers, body: big) { res async in
                    #expect(res.status == .notFound)
                    #expect(html(res).contains("This link is not valid"))
                }
            }
        }
    }
}

/// Sends as many green check-ins through the client's form as a link may send in an hour.
func checkInUpToTheHourlyLimit(_ app: Application, link: String) async throws {
    for _ in 0..<ClientPagesController.checkInsPerHour {
        let (h, b) = formBody(greenAnswers)
        try await app.testing().test(.POST, "j/\(link)/check-in", headers: h, body: b) { res async in
            #expect(res.status == .seeOther)
        }
    }
}
