import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Files an application as new, with its first-response clock and the first line of its history.
    public func submitPartnerApplication(_ f: PartnerApplicationForm, firstResponseDue: Date, now: Date) async throws -> UUID {
        let id = UUID()
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.insert(into: PartnerApplication.table)
                .columns("id", "full_name", "email", "phone", "country", "region", "experience", "motivation", "investment",
                         "language", "stage", "created_at", "first_response_due")
                .values(SQLBind(id), SQLBind(f.fullName), SQLBind(f.email?.text), SQLBind(f.phone), SQLBind(f.country),
                        SQLBind(f.region), SQLBind(f.experience.rawValue), SQLBind(f.motivation), SQLBind(f.investment.rawValue),
                        SQLBind(f.language.rawValue), SQLBind(PartnerStage.new.rawValue), SQLBind(now), SQLBind(firstResponseDue))
                .run()
            try await Self.recordStageChange(id, seq: 1, from: nil, to: .new, note: nil, by: nil, at: now, on: sql)
        }
        return id
    }

    /// Moves the application to `stage`, recording who and why. `refusal` decides from the
    /// application as it stands under the row's lock, so two admins moving it at once are judged
    /// one after the other. The first move out of "new" stops the first-response clock; the
    /// disclosure's and the agreement's dates are kept from their first time.
    public func movePartnerApplication(_ id: UUID, to stage: PartnerStage, note: String?, by staff: UUID, now: Date,
                                       refusal: @escaping @Sendable (PartnerApplication) -> String?) async throws -> PartnerApplication {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await Self.lockForWrite(PartnerApplication.table, id, on: sql)
            guard let current = try await PartnerApplication.select(on: sql).where("id", .equal, id).first()
                .map({ try PartnerApplication(row: $0) })
            else { throw StoreError() }
            if let reason = refusal(current) { throw PartnerMoveRefused(reason) }
            var update = sql.update(PartnerApplication.table).set("stage", to: SQLBind(stage.rawValue))
            if current.firstResponseAt == nil && stage != .new { update = update.set("first_response_at", to: SQLBind(now)) }
            if stage == .disclosureSent && current.disclosureSentAt == nil { update = update.set("disclosure_sent_at", to: SQLBind(now)) }
            if stage == .agreementSigned && current.agreementSignedAt == nil { update = update.set("agreement_signed_at", to: SQLBind(now)) }
            try await update.where("id", .equal, id).run()
            let last = try await sql.raw("SELECT MAX(seq) AS seq FROM partner_stage_changes WHERE application_id = \(bind: id)").first()
            let seq = (try last?.decode(column: "seq", as: Int?.self) ?? 0) + 1
            try await Self.recordStageChange(id, seq: seq, from: current.stage, to: stage, note: note, by: staff, at: now, on: sql)
            return try written(try await PartnerApplication.select(on: sql).where("id", .equal, id).first().map { try PartnerApplication(row: $0) })
        }
    }

    public func partnerApplication(_ id: UUID) async throws -> PartnerApplication? {
        try await PartnerApplication.select(on: sql).where("id", .equal, id).first().map { try PartnerApplication(row: $0) }
    }

    /// Applications at `stage` (nil: every stage), newest first.
    public func partnerApplications(stage: PartnerStage?, limit: Int = 200) async throws -> [PartnerApplication] {
        var q = PartnerApplication.select(on: sql)
        if let stage { q = q.where("stage", .equal, stage.rawValue) }
        return try await q.orderBy("created_at", .descending).orderBy("id").limit(limit).all().map { try PartnerApplication(row: $0) }
    }

    /// The application's moves, oldest first.
    public func partnerHistory(_ id: UUID) async throws -> [PartnerStageChange] {
        try await sql.raw("""
            SELECT c.from_stage, c.to_stage, c.note, s.name, c.at FROM partner_stage_changes c LEFT JOIN staff s ON s.id = c.staff_id
            WHERE c.application_id = \(bind: id) ORDER BY c.seq
            """).all().map { row in
            let r = StoredRow(row: row, table: "partner_stage_changes")
            return PartnerStageChange(from: try r.optionalCode("from_stage"), to: try r.code("to_stage"), note: try r.value("note"),
                                      by: try r.value("name"), at: try r.value("at"))
        }
    }

    private static func recordStageChange(_ id: UUID, seq: Int, from: PartnerStage?, to: PartnerStage, note: String?, by: UUID?,
                                          at: Date, on sql: any SQLDatabase) async throws {
        try await sql.insert(into: "partner_stage_changes")
            .columns("id", "application_id", "seq", "from_stage", "to_stage", "note", "staff_id", "at")
            .values(SQLBind(UUID()), SQLBind(id), SQLBind(seq), SQLBind(from?.rawValue), SQLBind(to.rawValue), SQLBind(note), SQLBind(by),
                    SQLBind(at))
            .run()
    }
}
