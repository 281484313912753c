import Foundation
import StippleCore
import StippleStore

/// A client's screening as it stands and what it means for treatment on a day: the one reading
/// that the record, the day page, the API and the session's gate share. Health data: only for
/// staff with health access.
struct ClientScreening {
    var health: ClientHealth?
    var clearances: [ScreeningClearance]
    /// Nil before the client's first screening.
    var assessment: ScreeningAssessment?

    var screening: ScreeningRecord? { health?.screening }

    static func load(_ client: ClientRecord, on day: LocalDate, store: Store) async throws -> ClientScreening {
        guard let health = try await store.health(client: client.id) else {
            return ClientScreening(health: nil, clearances: [], assessment: nil)
        }
        let clearances = try await store.clearances(screening: health.screening.id)
        let assessment = ScreeningAssessment.assess(health.screening.response.answers, age: client.age(on: day),
                                                    cleared: Set(clearances.map(\.kind)))
        return ClientScreening(health: health, clearances: clearances, assessment: assessment)
    }

    /// A 409 naming what stops treatment, if anything does.
    func requireClearToTreat() throws {
        guard let assessment else {
            throw APIError(status: .conflict, code: "screening_missing", message: "the client has not completed a screening",
                           field: "clientID")
        }
        if let block = assessment.contraindications.first {
            throw APIError(status: .conflict, code: "contraindicated", message: block.message, field: "clientID")
        }
        if !assessment.clearancesMissing.isEmpty {
            let missing = assessment.clearancesMissing.map { $0.title.lowercased() }.joined(separator: ", ")
            throw APIError(status: .conflict, code: "clearance_missing",
                           message: "the screening needs a recorded clearance first: \(missing)", field: "clientID")
        }
    }

    /// What the technician must read, for the API: blocks, missing clearances, then notices.
    var warnings: [ClientView.Warning] {
        guard let assessment else { return [] }
        return assessment.contraindications.map { ClientView.Warning(code: $0.rawValue, message: $0.message) }
            + assessment.clearancesMissing.map { ClientView.Warning(code: "clearance-\($0.rawValue)", message: "\($0.title) needed. \($0.evidenceHint)") }
            + assessment.notices.map { ClientView.Warning(code: $0.rawValue, message: $0.message) }
    }
}
