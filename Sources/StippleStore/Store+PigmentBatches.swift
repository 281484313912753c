import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Enters a batch in its clinic's register. The same product's lot twice in one clinic is
    /// `PigmentBatchExists`: the unique index decides, so two people entering it at once get one row.
    public func addPigmentBatch(_ b: NewPigmentBatch, now: Date) async throws -> PigmentBatch {
        let id = UUID()
        do {
            try await sqlWriter.insert(into: PigmentBatch.table)
                .columns("id", "clinic_id", "product", "lot", "supplier", "expires_on", "created_at", "created_by")
                .values(SQLBind(id), SQLBind(b.clinicID), SQLBind(b.product), SQLBind(b.lot), SQLBind(b.supplier),
                        SQLBind(b.expiresOn.iso), SQLBind(now), SQLBind(b.createdBy))
                .run()
        } catch let error where ConstraintViolation(error) == .unique {
            throw PigmentBatchExists()
        }
        guard let batch = try await pigmentBatch(id, on: sqlWriter) else { throw StoreError() }
        return batch
    }

    public func pigmentBatch(_ id: UUID) async throws -> PigmentBatch? {
        try await pigmentBatch(id, on: sql)
    }

    private func pigmentBatch(_ id: UUID, on sql: any SQLDatabase) async throws -> PigmentBatch? {
        try await PigmentBatch.select(on: sql).where("id", .equal, id).first().map { try PigmentBatch(row: $0) }
    }

    /// A clinic's register: batches in use first (by product, then expiry), recalled ones last.
    public func pigmentBatches(clinic: UUID, limit: Int = 200, offset: Int = 0) async throws -> [PigmentBatch] {
        try await PigmentBatch.select(on: sql).where("clinic_id", .equal, clinic)
            .orderBy(SQLRaw("CASE WHEN recalled_at IS NULL THEN 0 ELSE 1 END"))
            .orderBy("product").orderBy("expires_on").orderBy("lot")
            .limit(limit).offset(offset)
            .all().map { try PigmentBatch(row: $0) }
    }

    /// Recalls the batch. The update names the batch only while it is not recalled, so of two
    /// recalls at once one wins and the other is `PigmentBatchAlreadyRecalled`.
    public func recallPigmentBatch(_ id: UUID, by staff: UUID, reason: String, at now: Date) async throws -> PigmentBatch {
        let updated = try await sqlWriter.update(PigmentBatch.table)
            .set("recalled_at", to: SQLBind(now)).set("recalled_by", to: SQLBind(staff)).set("recall_reason", to: SQLBind(reason))
            .where("id", .equal, id).where("recalled_at", .is, SQLLiteral.null)
            .returning("id").all()
        guard !updated.isEmpty else { throw PigmentBatchAlreadyRecalled() }
        guard let batch = try await pigmentBatch(id, on: sqlWriter) else { throw StoreError() }
        return batch
    }

    /// Every session treated with the batch, newest first: those charted from the register by its
    /// id, and those charted before it by the same product and lot at its clinic (as typed, any
    /// case, spaces around ignored).
    public func recallReport(_ batch: PigmentBatch) async throws -> [RecallReportLine] {
        try await sql.raw("""
            SELECT s.id AS session_id, s.session_number, s.started_at, k.id AS client_id, k.full_name, k.date_of_birth,
                   k.phone, k.email, t.name AS technician_name
            FROM treatment_sessions s JOIN clients k ON k.id = s.client_id JOIN staff t ON t.id = s.technician_id
            WHERE s.pigment_batch_id = \(bind: batch.id)
               OR (s.pigment_batch_id IS NULL AND s.clinic_id = \(bind: batch.clinicID)
                   AND LOWER(TRIM(s.pigment_product)) = \(bind: batch.product.trimmingCharacters(in: .whitespaces).lowercased())
                   AND LOWER(TRIM(s.pigment_batch)) = \(bind: batch.lot.trimmingCharacters(in: .whitespaces).lowercased()))
            ORDER BY s.started_at DESC, s.id
            """).all().map { try RecallReportLine(row: $0) }
    }
}
