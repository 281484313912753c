import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation

/// Where the data lives: SQLite in a data folder (the embedded default) or PostgreSQL.
public enum StoreLocation: Sendable, Equatable {
    case sqlite(path: String)
    /// Tests: a private in-memory database.
    case sqliteMemory
    case postgres(url: String)

    /// `DATABASE_URL` selects PostgreSQL; otherwise SQLite in `STIPPLE_DATA_DIR` (default `./data`).
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let url = env["DATABASE_URL"], !url.isEmpty { return .postgres(url: url) }
        let dir = env["STIPPLE_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "data"
        return .sqlite(path: (dir as NSString).appendingPathComponent("stipple.sqlite"))
    }

    public var isPostgres: Bool { if case .postgres = self { true } else { false } }

    /// A description safe for logs: no passwords.
    public var description: String {
        switch self {
        case let .sqlite(path): "SQLite at \(path)"
        case .sqliteMemory: "SQLite in memory"
        case let .postgres(url): "PostgreSQL at \(URLComponents(string: url)?.host ?? "?")"
        }
    }
}
