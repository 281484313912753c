import Foundation
import StippleCore
import StippleStore

/// Registering a client at a clinic the person may see, for the API and the registration page:
/// the identity was checked by a known staff member of the chain, and the client is 18 or over
/// on the clinic's local date. Reception registers; only staff with health access may send a
/// screening with the client.
struct ClientRegistration {
    let store: Store
    let now: Date

    struct Outcome {
        var client: ClientRecord
        var clinic: Clinic
        /// The clinic's local date, which the age was checked against.
        var today: LocalDate
    }

    /// Throws an `APIError` naming the field that stops it, before anything is written.
    func register(_ input: ClientInput, by staff: StaffMember) async throws -> Outcome {
        if input.carriesHealthData { try staff.requireHealthAccess() }
        let (clinic, today) = try await clinicToday(input.clinicID, for: staff)
        let client = try input.validated(checkedBy: staff.id, today: today, clinicLanguage: clinic.language)
        let health = try input.screeningResponse()
        try await requireChecker(client.idCheckedBy)
        let screening = health.map {
            NewScreening(clientID: UUID(), language: client.preferredLanguage, response: $0.response, confirmedName: nil,
                         channel: .staff, recordedBy: staff.id)
        }
        let record = try await store.createClient(client, screening: screening,
                                                  skin: health.map { ($0.skinType, $0.thickSkin) }, now: now)
        return Outcome(client: record, clinic: clinic, today: today)
    }

    /// Registers a client from the registration page's form, already checked.
    func register(_ client: NewClient) async throws -> ClientRecord {
        try await requireChecker(client.idCheckedBy)
        return try await store.createClient(client, now: now)
    }

    /// The clinic, if the person may register clients there, and its local date.
    func clinicToday(_ id: UUID, for staff: StaffMember) async throws -> (Clinic, LocalDate) {
        guard staff.canSee(clinic: id), let clinic = try await store.clinic(id) else {
            throw APIError.invalid("clinicID", "no such clinic")
        }
        return (clinic, LocalDate(now, in: try clinic.zone()))
    }

    private func requireChecker(_ id: UUID) async throws {
        guard try await store.staffMember(id) != nil else {
            throw APIError.invalid("idCheckedBy", "no such staff member")
        }
    }
}
