import Foundation
import StippleCore
import StippleStore

/// A clinic's pigment batch register, for the API and the workspace alike: the people who chart
/// sessions (technicians, lead technicians, admins) read it and enter batches; a lead technician
/// or an admin recalls one; the recall report names every client treated with it. Another
/// clinic's batch is a 404, never said to exist.
struct PigmentBatchRegister {
    let store: Store
    let now: Date

    /// The clinic, when `staff` may work with its register.
    func clinic(_ id: UUID?, for staff: StaffMember) async throws -> Clinic {
        try staff.requireHealthAccess()
        return try await store.clinic(id, seenBy: staff)
    }

    /// The batch, when `staff` may work with its clinic's register.
    func batch(_ id: UUID?, for staff: StaffMember) async throws -> PigmentBatch {
        try staff.requireHealthAccess()
        guard let id, let batch = try await store.pigmentBatch(id), staff.canSee(clinic: batch.clinicID) else {
            throw APIError.notFound("pigment batch")
        }
        return batch
    }

    func batches(of clinic: Clinic, limit: Int = 200, offset: Int = 0) async throws -> [PigmentBatch] {
        try await store.pigmentBatches(clinic: clinic.id, limit: limit, offset: offset)
    }

    /// Enters the batch; the same product's lot twice is `PigmentBatchExists` (409 naming `lot`).
    func add(_ input: PigmentBatchInput, to clinic: Clinic, by staff: StaffMember) async throws -> PigmentBatch {
        try await store.addPigmentBatch(try input.validated(clinicID: clinic.id, createdBy: staff.id), now: now)
    }

    /// Recalls the batch with the reason (1–500 characters); a second recall is
    /// `PigmentBatchAlreadyRecalled` (409).
    func recall(_ batch: PigmentBatch, reason: String?, by staff: StaffMember) async throws -> PigmentBatch {
        try Self.requireRecall(by: staff)
        guard let reason = try PlainText.note(reason, field: "reason", maximum: 500) else {
            throw APIError.invalid("reason", "must say why the batch is recalled (1 to 500 characters)")
        }
        return try await store.recallPigmentBatch(batch.id, by: staff.id, reason: reason, at: now)
    }

    static func requireRecall(by staff: StaffMember) throws {
        try staff.requireRole(.leadTechnician, .admin, because: "only a lead technician or an admin can recall a batch")
    }

    func report(_ batch: PigmentBatch) async throws -> [RecallReportLine] {
        try await store.recallReport(batch)
    }
}
