import Foundation
import StippleStore
import Vapor

extension Request {
    /// The path's client and their clinic, for a person with health access who may see them (404
    /// otherwise, so another clinic's client is not revealed), audited as a look at their record.
    func healthClient() async throws -> (ClientRecord, Clinic) {
        let staff = try self.staff
        try staff.requireHealthAccess()
        guard let client = try await store.client(try uuid("clientID")), staff.canSee(clinic: client.clinicID),
              let clinic = try await store.clinic(client.clinicID)
        else { throw APIError.notFound("client") }
        auditNote(clientID: client.id, clinicID: client.clinicID, subjectID: client.id)
        return (client, clinic)
    }
}
