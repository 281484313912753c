import FluentPostgresDriver
import Foundation
import SQLKit

/// A variant of the journey read as a type: a prepared statement's name and text are static.
protocol JourneyReadShape: Sendable {
    static var filter: JourneyRead.Filter { get }
    static var depth: JourneyBundle.Depth { get }
}

/// The journey read as a PostgreSQL prepared statement, kept by each connection under its name.
struct PreparedJourneyRead<Shape: JourneyReadShape>: PostgresPreparedStatement {
    static var name: String { "stipple_journey_read_\(Shape.filter.rawValue)_\(Shape.depth.rawValue)" }
    static var sql: String { JourneyRead.postgres(Shape.filter, Shape.depth) }
    typealias Row = PostgresRow

    let bindings: PostgresBindings

    func makeBindings() throws -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) throws -> PostgresRow { row }
}

enum ByID<Depth: JourneyDepthShape>: JourneyReadShape {
    static var filter: JourneyRead.Filter { .id }
    static var depth: JourneyBundle.Depth { Depth.depth }
}

enum ByLink<Depth: JourneyDepthShape>: JourneyReadShape {
    static var filter: JourneyRead.Filter { .link }
    static var depth: JourneyBundle.Depth { Depth.depth }
}

protocol JourneyDepthShape: Sendable { static var depth: JourneyBundle.Depth { get } }

enum JourneyOnly: JourneyDepthShape { static var depth: JourneyBundle.Depth { .journey } }

enum WithCheckIns: JourneyDepthShape { static var depth: JourneyBundle.Depth { .checkIns } }

enum WithCheckInsAndPhotos: JourneyDepthShape { static var depth: JourneyBundle.Depth { .checkInsAndPhotos } }
