import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Why a waiting top-up reminder was cancelled: a later session or plan moved it.
    public static let topUpMovedReason = "a later session or a new plan moved the top-up"

    /// The client's treatment plan, or nil when nobody has set one (the protocol's default holds).
    public func treatmentPlan(client: UUID) async throws -> StoredTreatmentPlan? {
        try await sql.select().column("*").from(StoredTreatmentPlan.table).where("client_id", .equal, client)
            .first().map(Self.treatmentPlan)
    }

    /// The plan of the client a journey is for, read beside the journey itself.
    public func treatmentPlan(journey: UUID) async throws -> StoredTreatmentPlan? {
        try await sql.raw("""
            SELECT p.* FROM treatment_plans p JOIN journeys j ON j.client_id = p.client_id WHERE j.id = \(bind: journey)
            """).first().map(Self.treatmentPlan)
    }

    /// Sets the client's plan, replacing the one before (one per client, held by a unique index,
    /// so racing changes leave one). A plan that the sessions held no longer complete cancels a
    /// top-up reminder still waiting.
    @discardableResult
    public func setTreatmentPlan(_ plan: TreatmentPlan, client: UUID, by staff: UUID, now: Date) async throws -> StoredTreatmentPlan {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.insert(into: StoredTreatmentPlan.table)
                .columns("id", "client_id", "sessions", "touch_up", "set_by", "set_at")
                .values(SQLBind(UUID()), SQLBind(client), SQLBind(plan.sessions), SQLBind(plan.touchUp), SQLBind(staff), SQLBind(now))
                .onConflict(with: ["client_id"]) {
                    $0.set(excludedValueOf: "sessions").set(excludedValueOf: "touch_up")
                        .set(excludedValueOf: "set_by").set(excludedValueOf: "set_at")
                }
                .run()
            let held = try await sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
                .from(TreatmentSession.table).where("client_id", .equal, client)
                .first()?.decode(column: "n", as: Int.self) ?? 0
            if held < plan.length { try await Self.cancelTopUps(client: client, on: sql) }
            return StoredTreatmentPlan(clientID: client, plan: plan, setBy: staff, setAt: now)
        }
    }

    static func cancelTopUps(client: UUID, on sql: any SQLDatabase) async throws {
        try await sql.update(Outbox.clientMessages.table)
            .set("status", to: SQLBind("cancelled")).set("lease_until", to: SQLLiteral.null)
            .set("last_error", to: SQLBind(topUpMovedReason))
            .where("client_id", .equal, client).where("kind", .equal, ClientMessageKind.topUp.rawValue)
            .where("status", .equal, "scheduled")
            .run()
    }

    private static func treatmentPlan(_ row: any SQLRow) throws -> StoredTreatmentPlan {
        let r = StoredRow(row: row, table: StoredTreatmentPlan.table)
        return StoredTreatmentPlan(
            clientID: try r.value("client_id"),
            plan: TreatmentPlan(sessions: try r.value("sessions"), touchUp: try r.value("touch_up")),
            setBy: try r.value("set_by"), setAt: try r.value("set_at"))
    }
}
