import FluentKit
import Foundation
import StippleStore
import Vapor

struct SettingsKey: StorageKey {
    typealias Value = ServerSettings
}

extension Application {
    var settings: ServerSettings { configured(SettingsKey.self) }

    /// The default database, with the database's logger (`DatabaseSetup.logger`): what the
    /// server's own stores use instead of `db`, which would log model queries' input at `debug`.
    public var storeDB: any Database {
        databases.database(logger: DatabaseSetup.logger(logger), on: eventLoopGroup.any())!
    }

    /// The database of `loop`, with the database's logger.
    func storeDB(on loop: any EventLoop) -> (any Database)? {
        databases.database(logger: DatabaseSetup.logger(logger), on: loop)
    }

    /// A value `configure(_:_:)` stores; a missing one is a programming error, not a request's.
    func configured<Key: StorageKey>(_ key: Key.Type) -> Key.Value {
        guard let value = storage[key] else { fatalError("configure(_:_:) was not called") }
        return value
    }
}

extension Request {
    var settings: ServerSettings { application.settings }
    /// The store of this request's event loop (`RequestStores`).
    var store: Store {
        application.storage[RequestStoresKey.self]?.store(for: self) ?? application.makeStore(on: eventLoop, logger: logger)
    }
    var now: Date { application.settings.now() }
}

extension Application {
    /// A store whose reads run on `loop`'s connections. SQLite: every write through the
    /// connection of one event loop (see `Store.writer`).
    func makeStore(on loop: any EventLoop, logger base: Logger) -> Store {
        let logger = DatabaseSetup.logger(base)
        let db = databases.database(logger: logger, on: loop)!
        guard let writerLoop = storage[WriterLoopKey.self] else {
            return Store(db)
        }
        return Store(db, writer: databases.database(logger: logger, on: writerLoop), reads: storage[SQLiteReadsKey.self])
    }
}

/// The event loop whose SQLite connection takes every write; unset on PostgreSQL.
struct WriterLoopKey: StorageKey {
    typealias Value = any EventLoop
}

/// SQLite's read connections (`SQLiteReadConnections`); unset on PostgreSQL and in memory.
struct SQLiteReadsKey: StorageKey {
    typealias Value = SQLiteReadConnections
}
