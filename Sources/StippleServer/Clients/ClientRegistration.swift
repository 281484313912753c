import Foundation
import StippleCore
import StippleStore

/// Registering a client at a clinic the person may see, for the API today and the registration
/// page next: the identity was checked by a known staff member, and the client is 18 or over on
/// the clinic's local date.
struct ClientRegistration {
    let store: Store
    let now: Date

    struct Outcome {
        var client: ClientRecord
        /// The clinic's local date, which the age was checked against.
        var today: LocalDate
    }

    /// Throws an `APIError` naming the field that stops it, before anything is written.
    func register(_ input: ClientInput, by staff: StaffMember) async throws -> Outcome {
        try staff.requireHealthAccess()
        guard staff.canSee(clinic: input.clinicID), let clinic = try await store.clinic(input.clinicID) else {
            throw APIError.invalid("clinicID", "no such clinic")
        }
        let today = LocalDate(now, in: try clinic.zone())
        let client = try input.validated(checkedBy: staff.id, today: today)
        guard try await store.staffMember(client.idCheckedBy) != nil else {
            throw APIError.invalid("idCheckedBy", "no such staff member")
        }
        return Outcome(client: try await store.createClient(client), today: today)
    }
}
