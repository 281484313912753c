import FluentKit
import FluentPostgresDriver
import Foundation
import SQLKit

// The journey read as prepared statements on PostgreSQL. Planning its join took ten times as
// long as running it (1.6 ms against 0.14 ms, `EXPLAIN ANALYZE`); a statement prepared once per
// connection is planned once. SQLite keeps the plain query (see `Store.journeyBundle`).

/// One shape of the journey read: with or without the check-ins joined.
protocol JourneyBundleShape: Sendable {
    static var withCheckIns: Bool { get }
}

enum WithCheckIns: JourneyBundleShape { static let withCheckIns = true }
enum WithoutCheckIns: JourneyBundleShape { static let withCheckIns = false }

struct JourneyBundleByID<Shape: JourneyBundleShape>: PostgresPreparedStatement {
    static var name: String { "stipple_journey_bundle_by_id_\(Shape.withCheckIns ? "full" : "plain")" }
    static var sql: String {
        """
        SELECT b.*\(Shape.withCheckIns ? Store.checkInColumns : "")
        FROM journey_bundles b\(Shape.withCheckIns ? Store.checkInJoins : "")
        WHERE b.j_id = $1
        \(Shape.withCheckIns ? Store.checkInOrder : "")
        """
    }
    typealias Row = PostgresRow

    var id: UUID

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(id)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

struct JourneyBundleByLink<Shape: JourneyBundleShape>: PostgresPreparedStatement {
    static var name: String { "stipple_journey_bundle_by_link_\(Shape.withCheckIns ? "full" : "plain")" }
    static var sql: String {
        """
        SELECT b.*\(Shape.withCheckIns ? Store.checkInColumns : "")
        FROM journey_links l
        JOIN journey_bundles b ON b.j_id = l.journey_id\(Shape.withCheckIns ? Store.checkInJoins : "")
        WHERE l.token_hash = $1 AND l.revoked_at IS NULL AND l.expires_at > $2
        \(Shape.withCheckIns ? Store.checkInOrder : "")
        """
    }
    typealias Row = PostgresRow

    var hash: String
    var now: Date

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(hash)
        bindings.append(now)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// The sessions of a journey's client (the next-session rule), read beside the journey.
struct ClientSessionsByJourney: PostgresPreparedStatement {
    static let name = "stipple_client_sessions_by_journey"
    static let sql = """
        SELECT s.* FROM treatment_sessions s JOIN journeys j ON j.client_id = s.client_id
        WHERE j.id = $1 ORDER BY s.started_at
        """
    typealias Row = PostgresRow

    var journey: UUID

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(journey)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

extension Store {
    /// Runs a prepared statement on a connection of the pool and returns its rows; nil when the
    /// database is not PostgreSQL.
    func preparedRows<S: PostgresPreparedStatement>(_ statement: S) async throws -> [any SQLRow]? where S.Row == PostgresRow {
        guard let pg = db as? any PostgresDatabase else { return nil }
        let logger = db.logger
        let rows: [PostgresRow] = try await pg.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var out: [PostgresRow] = []
                for try await row in try await connection.execute(statement, logger: logger) { out.append(row) }
                return out
            }
        }.get()
        return rows.map { $0.sql() }
    }
}
