import Foundation
import Testing
@testable import StippleCore

@Suite struct PartnerRuleTests {
    let sent = ISO8601DateFormatter().date(from: "2027-01-04T10:00:00Z")!

    @Test func aDutchAgreementWaitsFourWeeksAfterTheDisclosure() {
        let day = TimeInterval(86_400)
        #expect(PartnerRule.refusal(to: .agreementSigned, country: "NL", disclosureSentAt: nil, now: sent)?
            .contains("the disclosure is sent first") == true)
        #expect(PartnerRule.refusal(to: .agreementSigned, country: "NL", disclosureSentAt: sent, now: sent + 28 * day - 1)?
            .contains("from 2027-02-01") == true)
        #expect(PartnerRule.refusal(to: .agreementSigned, country: "NL", disclosureSentAt: sent, now: sent + 28 * day) == nil)
        // Elsewhere, and for every other stage, no waiting.
        #expect(PartnerRule.refusal(to: .agreementSigned, country: "GB", disclosureSentAt: nil, now: sent) == nil)
        #expect(PartnerRule.refusal(to: .agreementSigned, country: "JE", disclosureSentAt: sent, now: sent + day) == nil)
        #expect(PartnerRule.refusal(to: .onboarding, country: "NL", disclosureSentAt: nil, now: sent) == nil)
    }

    @Test func theFirstAnswerIsDueOneWorkingDayLater() {
        let london = TimeZone(identifier: "Europe/London")!
        func due(_ text: String) -> String {
            PartnerRule.firstResponseDue(submitted: ISO8601DateFormatter().date(from: text)!, zone: london).formatted(.iso8601)
        }
        #expect(due("2027-01-06T15:30:00Z") == "2027-01-07T15:30:00Z")  // Wednesday → Thursday
        #expect(due("2027-01-08T16:00:00Z") == "2027-01-11T16:00:00Z")  // Friday → Monday
        #expect(due("2027-01-09T09:00:00Z") == "2027-01-11T09:00:00Z")  // Saturday → Monday
        #expect(due("2027-01-10T23:30:00Z") == "2027-01-11T23:30:00Z")  // Sunday → Monday
        // Across the spring change the time stays on London's clock: 09:00 BST is 08:00 UTC.
        #expect(due("2027-03-26T09:00:00Z") == "2027-03-29T08:00:00Z")
    }

    @Test func theFormNamesEveryFieldAtFault() {
        let good = ["fullName": "Noor Bakker", "email": "noor@example.nl", "country": "NL", "region": "Utrecht", "experience": "beauty",
                    "motivation": "I run a salon.", "investment": "25k-50k", "consent": "yes"]
        #expect((try? PartnerApplicationForm.check(good, language: .nlNL).get())?.country == "NL")
        var bad = good
        bad["email"] = ""; bad["country"] = "FR"; bad["consent"] = nil; bad["investment"] = "lots"
        guard case let .failure(problems) = PartnerApplicationForm.check(bad, language: .nlNL) else { Issue.record("accepted"); return }
        #expect(problems.fields == ["email", "country", "investment", "consent"])
    }
}
