import FluentKit
import FluentPostgresDriver
import Foundation
import SQLKit

// The journey read, prepared on both stores. Planning its join took ten times as long as running
// it on PostgreSQL (1.6 ms against 0.14 ms, `EXPLAIN ANALYZE`), and parsing it was a sixth of a
// client page's time on SQLite: PostgreSQL prepares it once per connection, SQLite in a file
// once per read connection (`SQLiteReadConnections`).

/// The text of the journey read, by journey id (`{1}`) or by a link's hash and the time it must
/// be unexpired at (`{1}`, `{2}`), with or without the check-ins and their photos joined.
enum JourneyBundleSQL {
    static func template(byLink: Bool, withCheckIns: Bool) -> String {
        let from = byLink
            ? "FROM journey_links l\nJOIN journey_bundles b ON b.j_id = l.journey_id"
            : "FROM journey_bundles b"
        let filter = byLink
            ? "WHERE l.token_hash = {1} AND l.revoked_at IS NULL AND l.expires_at > {2}"
            : "WHERE b.j_id = {1}"
        return """
            SELECT b.*\(withCheckIns ? JourneyBundleSQL.checkInColumns : "")
            \(from)\(withCheckIns ? JourneyBundleSQL.checkInJoins : "")
            \(filter)
            \(withCheckIns ? JourneyBundleSQL.checkInOrder : "")
            """
    }

    static let checkInColumns = """
        ,
               ci.id AS ci_id, ci.journey_id AS ci_journey_id, ci.day AS ci_day, ci.recorded_at AS ci_recorded_at,
               ci.answers AS ci_answers, ci.tier AS ci_tier, ci.score AS ci_score, a.acknowledged_at AS ci_seen_at,
               p.id AS p_id, p.check_in_id AS p_check_in_id, p.view AS p_view, p.sha256 AS p_sha256,
               p.content_type AS p_content_type, p.width AS p_width, p.height AS p_height, p.byte_count AS p_byte_count
        """
    static let checkInJoins = """

        LEFT JOIN check_ins ci ON ci.journey_id = b.j_id
        LEFT JOIN alerts a ON a.check_in_id = ci.id
        LEFT JOIN check_in_photos p ON p.check_in_id = ci.id
        """
    static let checkInOrder = "ORDER BY ci.day, ci.recorded_at, ci.id, p.view"

    /// With PostgreSQL's parameters (`$1`). Each text is made once: the drivers read it on
    /// every run, and it is the key a prepared statement is kept under.
    static func postgres(byLink: Bool, withCheckIns: Bool) -> String {
        postgresTexts[variant(byLink, withCheckIns)]
    }

    /// With SQLite's numbered parameters (`?1`).
    static func text(byLink: Bool, withCheckIns: Bool) -> String {
        sqliteTexts[variant(byLink, withCheckIns)]
    }

    private static func variant(_ byLink: Bool, _ withCheckIns: Bool) -> Int { (byLink ? 2 : 0) + (withCheckIns ? 1 : 0) }

    private static let postgresTexts = texts(first: "$1", second: "$2")
    private static let sqliteTexts = texts(first: "?1", second: "?2")

    private static func texts(first: String, second: String) -> [String] {
        [(false, false), (false, true), (true, false), (true, true)].map { byLink, withCheckIns in
            template(byLink: byLink, withCheckIns: withCheckIns).replacingOccurrences(of: "{1}", with: first)
                .replacingOccurrences(of: "{2}", with: second)
        }
    }
}

/// One shape of the journey read: with or without the check-ins joined.
protocol JourneyBundleShape: Sendable {
    static var withCheckIns: Bool { get }
}

enum WithCheckIns: JourneyBundleShape { static let withCheckIns = true }
enum WithoutCheckIns: JourneyBundleShape { static let withCheckIns = false }

struct JourneyBundleByID<Shape: JourneyBundleShape>: PostgresPreparedStatement {
    static var name: String { "stipple_journey_bundle_by_id_\(Shape.withCheckIns ? "full" : "plain")" }
    static var sql: String { JourneyBundleSQL.postgres(byLink: false, withCheckIns: Shape.withCheckIns) }
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
    static var sql: String { JourneyBundleSQL.postgres(byLink: true, withCheckIns: Shape.withCheckIns) }
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
    func preparedRows<S: PostgresPreparedStatement>(_ statement: S) async throws -> [any TypedRow]? where S.Row == PostgresRow {
        try await preparedPostgresRows(statement)?.map { PostgresRowValues($0) }
    }

    func preparedPostgresRows<S: PostgresPreparedStatement>(_ statement: S) async throws -> [PostgresRow]? where S.Row == PostgresRow {
        guard let pg = db as? any PostgresDatabase else { return nil }
        let logger = db.logger
        return try await pg.withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var out: [PostgresRow] = []
                for try await row in try await connection.execute(statement, logger: logger) { out.append(row) }
                return out
            }
        }.get()
    }

    /// Runs SQLite text with numbered parameters (`?1`): through the read connections when the
    /// database is a file, else (in memory) through the driver.
    func sqliteRows(_ text: String, _ binds: [any Encodable & Sendable]) async throws -> [any TypedRow] {
        if let reads { return try reads.rows(text, binds).map { SQLiteRowValues(row: $0) } }
        var query = SQLQueryString("")
        var rest = Substring(text)
        while let mark = rest.firstRange(of: "?") {
            query.appendInterpolation(unsafeRaw: String(rest[..<mark.lowerBound]))
            let digits = rest[mark.upperBound...].prefix(while: \.isNumber)
            guard let number = Int(digits), binds.indices.contains(number - 1) else {
                throw SQLiteReadError(message: "parameter \(digits) has no value")
            }
            query.appendInterpolation(bind: binds[number - 1])
            rest = rest[digits.endIndex...]
        }
        query.appendInterpolation(unsafeRaw: String(rest))
        return try await sql.raw(query).all().map { SQLRowValues(row: $0) }
    }
}
