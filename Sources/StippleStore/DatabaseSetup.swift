import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import SQLKit

public enum DatabaseSetup {
    /// PostgreSQL connections per event loop. The driver's default is one, which queues every
    /// request behind a single query per core; four lets a core overlap a few requests' I/O while
    /// keeping two cores × four = 8 connections per instance, so a dozen instances still fit
    /// PostgreSQL's default `max_connections` of 100. `STIPPLE_PG_POOL` overrides it.
    public static let defaultPostgresConnectionsPerEventLoop = 4

    /// Registers the database with Fluent and makes it the default.
    ///
    /// SQL is never logged at `debug`: its bind values are health data and token hashes. SQLite
    /// logs none at all; PostgreSQL's driver logs statements, and its wire traffic, only at
    /// `trace`, which is for a developer's machine, never for a server with real clients.
    public static func register(_ location: StoreLocation, on databases: Databases,
                                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        switch location {
        case let .sqlite(path):
            // Owner-only before SQLite opens it: SQLite gives its WAL and shared-memory files the
            // database file's permissions.
            try PrivateFiles.makeDirectory((path as NSString).deletingLastPathComponent)
            try PrivateFiles.ensureFile(path)
            for suffix in ["-wal", "-shm"] { try PrivateFiles.restrict(path + suffix) }
            databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: nil), as: .sqlite)
        case let .postgres(url):
            let pool = environment["STIPPLE_PG_POOL"].flatMap(Int.init) ?? defaultPostgresConnectionsPerEventLoop
            databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: url),
                                    maxConnectionsPerEventLoop: max(1, pool), sqlLogLevel: .trace), as: .psql)
        }
    }

    /// The logger to hand the database: the server's, at `info` or above. Below that, Fluent
    /// logs each model query with its input ("Running query", at `debug`), which is health data,
    /// so the database's own lines stop at `info` whatever `LOG_LEVEL` says.
    public static func logger(_ base: Logger) -> Logger {
        var logger = base
        logger.logLevel = max(base.logLevel, .info)
        return logger
    }

    /// Per-database settings that must hold before anything else runs. SQLite: write-ahead
    /// logging, so readers never wait for a writer (off by default, and it persists in the file).
    /// Foreign keys are switched on per connection by the driver.
    public static func prepare(_ db: any Database, location: StoreLocation) async throws {
        guard case .sqlite = location, let sql = db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
    }

    /// SQLite's page cache is 2 MB per connection by default: with a year of a chain's data
    /// (hundreds of megabytes) every list re-read its pages through system calls. These settings
    /// hold per connection, so they are given to each: the driver keeps one per event loop, for
    /// the life of the process.
    public static func tune(_ connectionOfEachLoop: [any Database], location: StoreLocation) async throws {
        guard case .sqlite = location else { return }
        for db in connectionOfEachLoop {
            guard let sql = db as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA cache_size = -32768").run()      // 32 MB
            try await sql.raw("PRAGMA mmap_size = 1073741824").run()   // map up to 1 GB of the file
        }
    }
}
