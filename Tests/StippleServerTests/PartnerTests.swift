import Foundation
import StippleCore
import StippleStore
import Testing
import Vapor
import VaporTesting
@testable import StippleServer

extension ServerTests {
    @Suite struct PartnerTests {
        static func applicant(country: String) -> PartnerApplicationForm {
            PartnerApplicationForm(fullName: "Noor Bakker", email: try? EmailAddress("noor@example.nl"), phone: nil, country: country,
                                   region: "Utrecht", experience: .beauty, motivation: "I run a salon.", investment: .from25kTo50k,
                                   language: .nlNL)
        }

        static let form: [(String, String)] = [("fullName", "Noor Bakker"), ("email", "noor@example.nl"), ("country", "NL"),
                                               ("region", "Utrecht"), ("experience", "beauty"), ("motivation", "Ik heb een salon."),
                                               ("investment", "25k-50k"), ("consent", "yes")]

        /// An application from the Dutch page goes through the pipeline; the agreement waits four
        /// weeks after the disclosure, and every move is in its history with who made it.
        @Test(arguments: TestStores.all)
        func aDutchApplicationThroughThePipeline(store: StoreLocation) async throws {
            let clock = TestClock(testNow)  // a Wednesday
            try await withStipple(store, settings: { $0.now = { clock.now } }) { app, f in
                let trapped = try await BookingTests.post(app, "/nl/partners", Self.form + [("website", "spam")])
                #expect(trapped.status == .seeOther)
                #expect(try await Store(app.db).partnerApplications(stage: nil).isEmpty)
                let missing = try await BookingTests.post(app, "/nl/partners", Self.form.filter { $0.0 != "consent" })
                #expect(missing.status == .unprocessableEntity)
                #expect(missing.body.string.contains("Vink het vakje aan zodat we contact mogen opnemen."))
                let sent = try await BookingTests.post(app, "/nl/partners", Self.form)
                #expect(try BookingTests.path(sent) == "/nl/partners?sent=1")
                let application = try #require(try await Store(app.db).partnerApplications(stage: nil).first)
                #expect(application.stage == .new)
                #expect(application.firstResponseDue == testNow.addingTimeInterval(86_400))

                func move(_ stage: PartnerStage, note: String = "") async throws -> TestingHTTPResponse {
                    let admin = try await signIn(app, f.admin, at: clock.now)
                    var headers = admin.headers
                    let (h, body) = formBody([("stage", stage.rawValue), ("note", note), ("_csrf", admin.csrf)])
                    headers.contentType = h.contentType
                    return try await app.testing().sendRequest(.POST, "staff/partner-applications/\(application.id)/stage", headers: headers, body: body)
                }
                clock.advance(2 * 86_400)
                let list = try await app.testing().sendRequest(.GET, "staff/partner-applications", headers: try await signIn(app, f.admin, at: clock.now).headers)
                #expect(list.body.string.contains("Overdue since Thu 26 Nov 2026, 12:00"))
                #expect(try await move(.contacted, note: "Called her").status == .seeOther)
                for stage in [PartnerStage.introductionCall, .discoveryDay, .disclosureSent] { #expect(try await move(stage).status == .seeOther) }
                clock.advance(27 * 86_400)
                let early = try await move(.agreementSigned)
                #expect(early.status == .unprocessableEntity)
                #expect(early.body.string.contains("four weeks after the disclosure was sent: from 2026-12-25"))
                #expect(try await Store(app.db).partnerApplication(application.id)?.stage == .disclosureSent)
                clock.advance(86_400)
                #expect(try await move(.agreementSigned).status == .seeOther)
                let moved = try #require(try await Store(app.db).partnerApplication(application.id))
                #expect(moved.stage == .agreementSigned)
                #expect(moved.firstResponseAt == testNow.addingTimeInterval(2 * 86_400))
                let history = try await Store(app.db).partnerHistory(application.id)
                #expect(history.map(\.to) == [.new, .contacted, .introductionCall, .discoveryDay, .disclosureSent, .agreementSigned])
                #expect(history.first?.by == nil && history.dropFirst().allSatisfy { $0.by == "Admin" })
                #expect(history[1].note == "Called her")
                let page = try await app.testing().sendRequest(.GET, "staff/partner-applications/\(application.id)",
                                                               headers: try await signIn(app, f.admin, at: clock.now).headers)
                #expect(page.body.string.contains("Disclosure sent → Agreement signed · Admin"))
            }
        }
    }
}
