import StippleCore
import Testing

/// A batch may be charted up to and including its expiry date, never after, never once recalled.
@Suite struct PigmentBatchCheckTests {
    let expiry = LocalDate(iso: "2026-12-31")!

    @Test func usableUpToAndIncludingItsExpiryDate() {
        #expect(PigmentBatchCheck.refusal(expiresOn: expiry, recalled: false, sessionDate: LocalDate(iso: "2026-12-30")!) == nil)
        #expect(PigmentBatchCheck.refusal(expiresOn: expiry, recalled: false, sessionDate: expiry) == nil)
    }

    @Test func refusedFromTheDayAfterItsExpiry() {
        let refusal = PigmentBatchCheck.refusal(expiresOn: expiry, recalled: false, sessionDate: LocalDate(iso: "2027-01-01")!)
        #expect(refusal == .expired(on: expiry))
        #expect(refusal?.message == "expired on 2026-12-31; choose another batch")
    }

    @Test func aRecalledBatchIsRefusedEvenBeforeItsExpiry() {
        #expect(PigmentBatchCheck.refusal(expiresOn: expiry, recalled: true, sessionDate: LocalDate(iso: "2026-01-01")!) == .recalled)
        #expect(PigmentBatchCheck.refusal(expiresOn: expiry, recalled: true, sessionDate: LocalDate(iso: "2027-06-01")!) == .recalled)
    }
}
