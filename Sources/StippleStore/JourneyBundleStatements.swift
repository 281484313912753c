import FluentKit
import FluentPostgresDriver
import Foundation
import SQLKit

// The journey read, prepared on both stores. Planning its join took ten times as long as running
// it on PostgreSQL (1.6 ms against 0.14 ms, `EXPLAIN ANALYZE`), and parsing it was a sixth of a
// client page's time on SQLite: PostgreSQL prepares it once per connection, SQLite in a file
// once per read connection (`SQLiteReadConnections`).

/// The text of the journey read, by what picks the journey, as deep as asked for.
enum JourneyBundleSQL {
    enum Filter: CaseIterable {
        /// A journey's id (`{1}`).
        case id
        /// A link's hash (`{1}`), unrevoked and unexpired at a time (`{2}`).
        case link
    }

    static func template(_ filter: Filter, depth: JourneyBundle.Depth) -> String {
        let (from, condition) = switch filter {
        case .id:
            ("FROM journey_bundles b", "WHERE b.j_id = {1}")
        case .link:
            ("FROM journey_links l\nJOIN journey_bundles b ON b.j_id = l.journey_id",
             "WHERE l.token_hash = {1} AND l.revoked_at IS NULL AND l.expires_at > {2}")
        }
        let checkIns = depth != .journey, photos = depth == .checkInsAndPhotos
        return """
            SELECT b.*\(checkIns ? checkInColumns : "")\(photos ? photoColumns : "")
            \(from)\(checkIns ? checkInJoins : "")\(photos ? photoJoin : "")
            \(condition)
            \(checkIns ? "ORDER BY ci.day, ci.recorded_at, ci.id" : "")\(photos ? ", p.view" : "")
            """
    }

    /// PostgreSQL: the journeys of any of several links (`$1`, an array), unrevoked; each row
    /// names its link and when it expires, which each reader checks against its own time
    /// (`ReadBatches`).
    static let journeysOfLinks = """
        SELECT l.token_hash AS l_token_hash, l.expires_at AS l_expires_at, b.*
        FROM journey_links l
        JOIN journey_bundles b ON b.j_id = l.journey_id
        WHERE l.token_hash = ANY($1) AND l.revoked_at IS NULL
        """

    /// PostgreSQL: the check-ins (and, as deep as asked, their photos) of the journeys of any of
    /// several links (`$1`, an array), unrevoked, each journey's in its order and each row naming
    /// its link. The batched read by links runs this beside `journeysOfLinks`, on another
    /// connection: no check-in row repeats its journey's sixty columns, and neither statement
    /// waits for the other.
    static func checkInsOfLinks(photos: Bool) -> String {
        """
        SELECT l.token_hash AS l_token_hash, \(checkInColumnList)\(photos ? photoColumns : "")
        FROM journey_links l
        JOIN check_ins ci ON ci.journey_id = l.journey_id
        LEFT JOIN alerts a ON a.check_in_id = ci.id\(photos ? photoJoin : "")
        WHERE l.token_hash = ANY($1) AND l.revoked_at IS NULL
        ORDER BY l.token_hash, ci.day, ci.recorded_at, ci.id\(photos ? ", p.view" : "")
        """
    }

    private static let checkInColumnList = """
        ci.id AS ci_id, ci.journey_id AS ci_journey_id, ci.day AS ci_day, ci.recorded_at AS ci_recorded_at,
               ci.answers AS ci_answers, ci.tier AS ci_tier, ci.score AS ci_score, a.acknowledged_at AS ci_seen_at
        """
    private static let checkInColumns = ",\n       " + checkInColumnList
    private static let photoColumns = """
        ,
               p.id AS p_id, p.check_in_id AS p_check_in_id, p.view AS p_view, p.sha256 AS p_sha256,
               p.content_type AS p_content_type, p.width AS p_width, p.height AS p_height, p.byte_count AS p_byte_count
        """
    private static let checkInJoins = """

        LEFT JOIN check_ins ci ON ci.journey_id = b.j_id
        LEFT JOIN alerts a ON a.check_in_id = ci.id
        """
    private static let photoJoin = "\nLEFT JOIN check_in_photos p ON p.check_in_id = ci.id"

    /// With PostgreSQL's parameters (`$1`). Each text is made once: the drivers read it on
    /// every run, and it is the key a prepared statement is kept under.
    static func postgres(_ filter: Filter, depth: JourneyBundle.Depth) -> String {
        postgresTexts[variant(filter, depth)]
    }

    /// With SQLite's numbered parameters (`?1`).
    static func text(_ filter: Filter, depth: JourneyBundle.Depth) -> String {
        sqliteTexts[variant(filter, depth)]
    }

    private static let variants = Filter.allCases.flatMap { filter in JourneyBundle.Depth.allCases.map { (filter, $0) } }

    private static func variant(_ filter: Filter, _ depth: JourneyBundle.Depth) -> Int {
        variants.firstIndex { $0 == filter && $1 == depth }!
    }

    static let checkInsOfLinksOnly = checkInsOfLinks(photos: false)
    static let checkInsOfLinksWithPhotos = checkInsOfLinks(photos: true)

    private static let postgresTexts = texts(first: "$1", second: "$2")
    private static let sqliteTexts = texts(first: "?1", second: "?2")

    private static func texts(first: String, second: String) -> [String] {
        variants.map { filter, depth in
            template(filter, depth: depth).replacingOccurrences(of: "{1}", with: first)
                .replacingOccurrences(of: "{2}", with: second)
        }
    }
}

/// One depth of the journey read, as a type: a prepared statement's text is static.
protocol JourneyBundleShape: Sendable {
    static var depth: JourneyBundle.Depth { get }
}

enum JourneyOnly: JourneyBundleShape { static let depth = JourneyBundle.Depth.journey }
enum WithCheckIns: JourneyBundleShape { static let depth = JourneyBundle.Depth.checkIns }
enum WithCheckInsAndPhotos: JourneyBundleShape { static let depth = JourneyBundle.Depth.checkInsAndPhotos }

struct JourneyBundleByID<Shape: JourneyBundleShape>: PostgresPreparedStatement {
    static var name: String { "stipple_journey_bundle_by_id_\(Shape.depth.rawValue)" }
    static var sql: String { JourneyBundleSQL.postgres(.id, depth: Shape.depth) }
    typealias Row = PostgresRow

    var id: UUID

    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(id)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// A statement over several links' hashes at once (`ReadBatches`): every row starts with its
/// link's hash.
protocol ByLinksStatement: PostgresPreparedStatement where Row == PostgresRow {
    var hashes: [String] { get }
}

extension ByLinksStatement {
    func makeBindings() throws -> PostgresBindings {
        var bindings = PostgresBindings()
        bindings.append(hashes)
        return bindings
    }

    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

/// The journeys of several links at once.
struct JourneysByLinks: ByLinksStatement {
    static let name = "stipple_journeys_by_links"
    static let sql = JourneyBundleSQL.journeysOfLinks
    var hashes: [String]
}

/// The check-ins of several links' journeys at once, with their photos when `Shape` asks for them.
struct CheckInsOfLinks<Shape: JourneyBundleShape>: ByLinksStatement {
    static var name: String { "stipple_check_ins_of_links_\(Shape.depth.rawValue)" }
    static var sql: String {
        Shape.depth == .checkInsAndPhotos ? JourneyBundleSQL.checkInsOfLinksWithPhotos : JourneyBundleSQL.checkInsOfLinksOnly
    }
    var hashes: [String]
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
        try await preparedPostgresRows(statement).map(PostgresRowValues.all)
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
