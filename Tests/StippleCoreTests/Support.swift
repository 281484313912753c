import Foundation
@testable import StippleCore

let defaultProtocol = DefaultProtocol.protocolValue

func date(_ iso: String) -> LocalDate {
    guard let d = LocalDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return d
}

/// An instant from an ISO 8601 timestamp with offset, e.g. `2026-03-29T00:30:00Z`.
func instant(_ text: String) -> Date {
    guard let d = ISO8601DateFormatter().date(from: text) else { fatalError("bad test instant \(text)") }
    return d
}

let london = TimeZone(identifier: "Europe/London")!
let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!

/// Triage with the default protocol.
func triage(_ c: CheckIn, previous: [CheckIn] = [], risk: RiskProfile = RiskProfile(),
            protocol p: AftercareProtocol = defaultProtocol) -> TriageResult {
    Triage.assess(c, previous: previous, risk: risk, protocol: p)
}

func rules(_ r: TriageResult) -> Set<TriageRule> { Set(r.findings.map(\.rule)) }

/// The default protocol with some triage settings changed.
func protocolWith(_ change: (inout AftercareProtocol) -> Void) -> AftercareProtocol {
    var p = defaultProtocol
    change(&p)
    return p
}
