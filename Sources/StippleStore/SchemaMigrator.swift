import FluentKit
import SQLKit

/// Brings the schema up to date, one migration per transaction, with several instances
/// starting at once on one PostgreSQL database.
///
/// Fluent's own migrator runs each migration's statements one by one and records it afterwards,
/// so a migration that fails half-way leaves half a schema, and two instances starting together
/// both see the same migrations pending and race to apply them. Here each migration and its row
/// in `_fluent_migrations` (the same log Fluent keeps) commit together or not at all, and on
/// PostgreSQL the instances take turns under an advisory lock: the first migrates, the others
/// wait, then find nothing left to do. SQLite has one instance and one writer; its migrations
/// are transactional too.
public enum SchemaMigrator {
    /// The advisory lock's key: any constant the database's other users do not take ("Stipple").
    static let lockKey: Int64 = 0x53_74_69_70_70_6C_65

    /// Runs `body` while holding the start-up lock (PostgreSQL; on SQLite it just runs `body`):
    /// migrations, and anything else only one instance should do on start.
    @discardableResult
    public static func exclusively<T: Sendable>(_ db: any Database, _ body: @escaping @Sendable () async throws -> T)
        async throws -> T {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return try await body() }
        // The lock belongs to a session: take and release it on one connection.
        return try await db.withConnection { connection in
            let session = connection as! any SQLDatabase
            try await session.raw("SELECT pg_advisory_lock(\(bind: lockKey))").run()
            do {
                let result = try await body()
                try await session.raw("SELECT pg_advisory_unlock(\(bind: lockKey))").run()
                return result
            } catch {
                _ = try? await session.raw("SELECT pg_advisory_unlock(\(bind: lockKey))").run()
                throw error
            }
        }
    }

    /// Applies every migration of `migrations` not yet recorded, in order, each in its own
    /// transaction with its record. Returns the names applied.
    @discardableResult
    public static func migrate(_ db: any Database, _ migrations: [any Migration]) async throws -> [String] {
        try await MigrationLog.migration.prepare(on: db).get()
        let logged = try await MigrationLog.query(on: db).all()
        let done = Set(logged.map(\.name))
        let batch = (logged.map(\.batch).max() ?? 0) + 1
        var applied: [String] = []
        for migration in migrations where !done.contains(migration.name) {
            try await db.transaction { tx in
                try await migration.prepare(on: tx).get()
                try await MigrationLog(name: migration.name, batch: batch).create(on: tx)
            }
            applied.append(migration.name)
        }
        return applied
    }
}
