import Foundation
import StippleStore

extension Store {
    /// The clinic if `staff` may see it; 404 otherwise, so another clinic's existence is not revealed.
    func clinic(_ id: UUID?, seenBy staff: StaffMember) async throws -> Clinic {
        guard let id, staff.canSee(clinic: id), let clinic = try await clinic(id) else { throw APIError.notFound("clinic") }
        return clinic
    }
}
