import FluentKit
import Foundation
import SQLKit
import StippleCore

extension Store {
    /// Keeps a screening link's token hash, and queues the message that carries it, in one
    /// transaction; the link is open until `expiresAt` or its use.
    public func createScreeningRequest(client: UUID, tokenHash: String, sentBy: UUID, expiresAt: Date,
                                       message: NewClientMessage?, now: Date = Date()) async throws {
        try await writer.transaction { db in
            let sql = db as! any SQLDatabase
            try await sql.insert(into: "screening_requests")
                .columns("id", "client_id", "token_hash", "sent_by", "created_at", "expires_at")
                .values(SQLBind(UUID()), SQLBind(client), SQLBind(tokenHash), SQLBind(sentBy), SQLBind(now), SQLBind(expiresAt))
                .run()
            if let message { try await Self.insertClientMessage(message, now: now, on: sql) }
        }
    }

    /// The client a screening link is for, while its questionnaire is open (`completed` false),
    /// or while the link lasts, for the consent documents that follow the questionnaire.
    public func screeningRequestClient(tokenHash: String, now: Date, completed: Bool = false) async throws -> ClientRecord? {
        let columns = ClientRecord.columns.map { "k.\($0)" }.joined(separator: ", ")
        let open: SQLQueryString = completed ? "" : " AND r.completed_at IS NULL"
        return try await sql.raw("""
            SELECT \(unsafeRaw: columns) FROM screening_requests r JOIN clients k ON k.id = r.client_id
            WHERE r.token_hash = \(bind: tokenHash) AND r.expires_at > \(bind: now)\(open)
            """).first().map { try ClientRecord(row: $0) }
    }
}
