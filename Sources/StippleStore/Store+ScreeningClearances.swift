import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// The clearances recorded against a screening, in the order of `ClearanceKind`.
    public func clearances(screening: UUID) async throws -> [ScreeningClearance] {
        try await sql.raw("""
            SELECT c.id, c.screening_id, c.kind, c.evidence, c.recorded_by, s.name, c.recorded_at
            FROM screening_clearances c JOIN staff s ON s.id = c.recorded_by
            WHERE c.screening_id = \(bind: screening)
            """).all().map { row in
            let r = StoredRow(row: row, table: ScreeningClearance.table)
            return ScreeningClearance(id: try r.value("id"), screeningID: try r.value("screening_id"), kind: try r.code("kind"),
                                      evidence: try r.value("evidence"), recordedBy: try r.value("recorded_by"),
                                      recordedByName: try r.value("name"), recordedAt: try r.value("recorded_at"))
        }.sorted { $0.kind < $1.kind }
    }

    /// Records a clearance; a second of the same kind for the screening is `ClearanceExists` (a
    /// unique index).
    public func recordClearance(screening: ScreeningRecord, kind: ClearanceKind, evidence: String, by staff: UUID,
                                now: Date = Date()) async throws {
        do {
            try await sqlWriter.insert(into: ScreeningClearance.table)
                .columns("id", "screening_id", "client_id", "kind", "evidence", "recorded_by", "recorded_at")
                .values(SQLBind(UUID()), SQLBind(screening.id), SQLBind(screening.clientID), SQLBind(kind.rawValue),
                        SQLBind(evidence), SQLBind(staff), SQLBind(now))
                .run()
        } catch let error where ConstraintViolation(error) == .unique {
            throw ClearanceExists()
        }
    }
}
