import FluentKit
import Foundation
import SQLKit
import StippleCore

/// A consent given or withdrawn, as recorded. The latest record of each kind is what holds;
/// earlier ones stay, so the history of a consent can be shown.
public struct ConsentRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var clientID: UUID
    public var kind: ConsentKind
    public var given: Bool
    public var recordedAt: Date
    public var recordedBy: UUID
    public var recordedByName: String
    public var note: String?
}

enum ConsentRows {
    static let table = "consents"
}

extension Store {
    @discardableResult
    public func recordConsent(client: UUID, kind: ConsentKind, given: Bool, note: String?, by staff: UUID,
                              at: Date) async throws -> UUID {
        let id = UUID()
        // Numbered per client, so "the latest" does not depend on two records' clocks differing.
        try await sqlWriter.raw("""
            INSERT INTO consents (id, client_id, kind, given, recorded_at, recorded_by, note, seq)
            SELECT \(bind: id), \(bind: client), \(bind: kind.rawValue), \(bind: given), \(bind: at), \(bind: staff),
                   \(bind: note), COALESCE(MAX(seq), 0) + 1 FROM consents WHERE client_id = \(bind: client)
            """).run()
        return id
    }

    /// Every consent record of the client, newest first.
    public func consents(client: UUID) async throws -> [ConsentRecord] {
        try await sql.raw("""
            SELECT c.id, c.client_id, c.kind, c.given, c.recorded_at, c.recorded_by, s.name, c.note
            FROM consents c JOIN staff s ON s.id = c.recorded_by
            WHERE c.client_id = \(bind: client) ORDER BY c.seq DESC
            """).all().compactMap { row in
            guard let kind = ConsentKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            return ConsentRecord(
                id: try row.decode(column: "id", as: UUID.self), clientID: try row.decode(column: "client_id", as: UUID.self),
                kind: kind, given: try row.decode(column: "given", as: Bool.self),
                recordedAt: try row.decode(column: "recorded_at", as: Date.self),
                recordedBy: try row.decode(column: "recorded_by", as: UUID.self),
                recordedByName: try row.decode(column: "name", as: String.self),
                note: try row.decode(column: "note", as: String?.self))
        }
    }
}
