import Foundation
import Vapor

extension Request {
    /// The journey `id` as the signed-in person may see it, their look noted in the audit log.
    func journeyContext(_ id: UUID, parts: JourneyContext.Parts = .all) async throws -> JourneyContext {
        let context = try await JourneyContext.load(id, seenBy: try staff, store: store, parts: parts)
        auditNote(clientID: context.client.id, clinicID: context.journey.clinicID)
        return context
    }
}
