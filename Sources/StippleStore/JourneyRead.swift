import FluentPostgresDriver
import Foundation
import SQLKit

/// The text of the journey read (`Store.journeyBundle`): the journey joined with its clinic
/// (`c_`), client (`k_`) and session (`s_`), and as deep as asked a row per check-in (`ci_`) and
/// photo (`p_`), oldest first; each table's columns are the ones its mapping lists (`Records/`).
///
/// Each store keeps it prepared, because preparing it cost more than running it: planning the
/// join took 1.6 ms on PostgreSQL against 0.14 ms to run it, and parsing it was a sixth of a
/// client page's time on SQLite (see docs/PERFORMANCE.md). PostgreSQL prepares it once per
/// connection (`PreparedJourneyRead`), SQLite in a file once per read connection
/// (`SQLiteReadConnections`); the texts are made once, since they are the statements' keys.
enum JourneyRead {
    enum Filter: String, CaseIterable, Sendable {
        /// A journey's id (parameter 1).
        case id
        /// A link's hash (1), unrevoked and unexpired at a time (2).
        case link
    }

    /// What picks the journey, with the values the read binds.
    enum Key {
        case id(UUID)
        /// A link's hash, unrevoked and unexpired at a time.
        case link(hash: String, at: Date)

        var filter: Filter {
            switch self {
            case .id: .id
            case .link: .link
            }
        }

        var binds: [any Encodable & Sendable] {
            switch self {
            case let .id(id): [id]
            case let .link(hash, at): [hash, at]
            }
        }

        var postgresBindings: PostgresBindings {
            var bindings = PostgresBindings()
            switch self {
            case let .id(id): bindings.append(id)
            case let .link(hash, at): bindings.append(hash); bindings.append(at)
            }
            return bindings
        }
    }

    static func postgres(_ filter: Filter, _ depth: JourneyBundle.Depth) -> String {
        postgresTexts[variant(filter, depth)]
    }

    /// With SQLite's numbered parameters (`?1`).
    static func sqlite(_ filter: Filter, _ depth: JourneyBundle.Depth) -> String {
        sqliteTexts[variant(filter, depth)]
    }

    private static let variants = Filter.allCases.flatMap { filter in JourneyBundle.Depth.allCases.map { (filter, $0) } }
    private static let postgresTexts = variants.map { text($0, $1, parameter: { "$\($0)" }) }
    private static let sqliteTexts = variants.map { text($0, $1, parameter: { "?\($0)" }) }

    private static func variant(_ filter: Filter, _ depth: JourneyBundle.Depth) -> Int {
        variants.firstIndex { $0 == filter && $1 == depth }!
    }

    /// The text with its values bound as SQLKit binds them, for a store that does not keep it
    /// prepared (SQLite in memory).
    static func query(_ filter: Filter, _ depth: JourneyBundle.Depth, _ binds: [any Encodable & Sendable]) -> SQLQueryString {
        let marker: Character = "\u{1}"
        let parts = text(filter, depth, parameter: { "\(marker)\($0 - 1)" }).split(separator: marker, omittingEmptySubsequences: false)
        var query: SQLQueryString = ""
        query.appendLiteral(String(parts[0]))
        for part in parts.dropFirst() {
            query.appendInterpolation(bind: binds[Int(String(part.prefix(1)))!])
            query.appendLiteral(String(part.dropFirst()))
        }
        return query
    }

    static func text(_ filter: Filter, _ depth: JourneyBundle.Depth, parameter: (Int) -> String) -> String {
        let checkIns = depth != .journey, photos = depth == .checkInsAndPhotos
        var columns = [JourneyRecord.prefixedColumns("j"), Clinic.prefixedColumns("c"), ClientRecord.prefixedColumns("k"),
                       ClientHealth.joinedColumns, TreatmentSession.prefixedColumns("s")]
        if checkIns { columns += [StoredCheckIn.prefixedColumns("ci"), "a.acknowledged_at AS ci_seen_at"] }
        if photos { columns.append(StoredPhoto.prefixedColumns("p")) }
        var lines = ["SELECT " + columns.joined(separator: ", ")]
        switch filter {
        case .id: lines.append("FROM journeys j")
        case .link: lines.append("FROM journey_links l JOIN journeys j ON j.id = l.journey_id")
        }
        lines.append("JOIN clinics c ON c.id = j.clinic_id JOIN clients k ON k.id = j.client_id")
        lines.append(ClientHealth.joins)
        lines.append("JOIN treatment_sessions s ON s.id = j.session_id")
        if checkIns { lines.append("LEFT JOIN check_ins ci ON ci.journey_id = j.id LEFT JOIN alerts a ON a.check_in_id = ci.id") }
        if photos { lines.append("LEFT JOIN check_in_photos p ON p.check_in_id = ci.id") }
        switch filter {
        case .id: lines.append("WHERE j.id = \(parameter(1))")
        case .link:
            lines.append("WHERE l.token_hash = \(parameter(1)) AND l.revoked_at IS NULL AND l.expires_at > \(parameter(2))")
        }
        if checkIns { lines.append("ORDER BY ci.day, ci.recorded_at, ci.id" + (photos ? ", p.view" : "")) }
        return lines.joined(separator: "\n")
    }
}

extension Store {
    /// The journey read's rows: prepared where the store keeps it prepared, else through SQLKit.
    func journeyRows(_ key: JourneyRead.Key, _ depth: JourneyBundle.Depth) async throws -> [any SQLRow] {
        if let reads { return try reads.rows(JourneyRead.sqlite(key.filter, depth), key.binds) }
        if db is any PostgresDatabase { return try await preparedRows(key.filter, depth, key.postgresBindings).map { $0.sql() } }
        return try await sql.raw(JourneyRead.query(key.filter, depth, key.binds)).all()
    }

    private func preparedRows(_ filter: JourneyRead.Filter, _ depth: JourneyBundle.Depth,
                              _ bindings: PostgresBindings) async throws -> [PostgresRow] {
        switch (filter, depth) {
        case (.id, .journey): try await prepared(PreparedJourneyRead<ByID<JourneyOnly>>(bindings: bindings))
        case (.id, .checkIns): try await prepared(PreparedJourneyRead<ByID<WithCheckIns>>(bindings: bindings))
        case (.id, .checkInsAndPhotos): try await prepared(PreparedJourneyRead<ByID<WithCheckInsAndPhotos>>(bindings: bindings))
        case (.link, .journey): try await prepared(PreparedJourneyRead<ByLink<JourneyOnly>>(bindings: bindings))
        case (.link, .checkIns): try await prepared(PreparedJourneyRead<ByLink<WithCheckIns>>(bindings: bindings))
        case (.link, .checkInsAndPhotos): try await prepared(PreparedJourneyRead<ByLink<WithCheckInsAndPhotos>>(bindings: bindings))
        }
    }

    private func prepared<S: PostgresPreparedStatement>(_ statement: S) async throws -> [PostgresRow] where S.Row == PostgresRow {
        let logger = db.logger
        return try await (db as! any PostgresDatabase).withConnection { connection in
            connection.eventLoop.makeFutureWithTask {
                var rows: [PostgresRow] = []
                for try await row in try await connection.execute(statement, logger: logger) { rows.append(row) }
                return rows
            }
        }.get()
    }
}
