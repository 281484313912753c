import FluentKit
import FluentPostgresDriver
import Foundation
import NIOCore
import NIOPosix
import SQLKit
import StippleStore
import Testing
import Vapor
@testable import StippleServer

extension ServerTests {
    @Suite struct SchemaMigratorTests {
        /// Creates a table, then fails: as a migration with a mistake in its last statement would.
        struct HalfWayFailure: AsyncMigration {
            let table: String
            var name: String { "HalfWayFailure-\(table)" }
            struct Failure: Error {}
            func prepare(on db: any Database) async throws {
                try await db.schema(table).id().field("note", .string).create()
                throw Failure()
            }
            func revert(on db: any Database) async throws {}
        }

        struct Probe: AsyncMigration {
            let table: String
            var name: String { "Probe-\(table)" }
            func prepare(on db: any Database) async throws { try await db.schema(table).id().create() }
            func revert(on db: any Database) async throws { try await db.schema(table).delete() }
        }

        static func tableExists(_ sql: any SQLDatabase, _ table: String) async throws -> Bool {
            let query: SQLQueryString = sql.dialect.name == "postgresql"
                ? "SELECT 1 AS found FROM information_schema.tables WHERE table_name = \(bind: table)"
                : "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = \(bind: table)"
            return try await sql.raw(query).first() != nil
        }

        @Test(arguments: TestStores.all)
        func aMigrationThatFailsLeavesTheSchemaAsItWas(store: StoreLocation) async throws {
            try await withStipple(store) { app, _ in
                let suffix = UUID().uuidString.prefix(8).lowercased()
                let kept = "probe_kept_\(suffix)", failed = "probe_failed_\(suffix)"
                let sql = app.db as! any SQLDatabase
                await #expect(throws: HalfWayFailure.Failure.self) {
                    try await SchemaMigrator.migrate(app.db, StippleMigrations.all + [Probe(table: kept), HalfWayFailure(table: failed)])
                }
                // The migration before it stands; the failed one left neither its table nor a record.
                #expect(try await Self.tableExists(sql, kept))
                #expect(try await !Self.tableExists(sql, failed))
                let names = try await MigrationLog.query(on: app.db).all().map(\.name)
                #expect(names.contains("Probe-\(kept)"))
                #expect(!names.contains("HalfWayFailure-\(failed)"))
                // Run again once mended: only what is left is applied.
                #expect(try await SchemaMigrator.migrate(app.db, StippleMigrations.all + [Probe(table: kept)]).isEmpty)
                try await sql.raw("DROP TABLE \(ident: kept)").run()
                try await MigrationLog.query(on: app.db).filter(\.$name == "Probe-\(kept)").delete()
            }
        }

        /// Two instances, each with its own connections, start together on an empty schema.
        @Test func twoInstancesMigratingOneEmptyPostgreSQLSchemaTakeTurns() async throws {
            guard let url = ProcessInfo.processInfo.environment["STIPPLE_TEST_POSTGRES_URL"], !url.isEmpty else { return }
            let schema = "stipple_migration_race"
            var configuration = try SQLPostgresConfiguration(url: url)
            configuration.searchPath = [schema]
            let admin = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
            admin.use(.postgres(configuration: try SQLPostgresConfiguration(url: url)), as: .psql)
            let adminSQL = admin.database(logger: Logger(label: "test"), on: MultiThreadedEventLoopGroup.singleton.any())
                as! any SQLDatabase
            try await adminSQL.raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
            try await adminSQL.raw("CREATE SCHEMA \(ident: schema)").run()

            var instances: [Databases] = []
            for _ in 0..<2 {
                let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
                databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 2), as: .psql)
                instances.append(databases)
            }
            let dbs = instances.map { $0.database(logger: Logger(label: "test"), on: MultiThreadedEventLoopGroup.singleton.any())! }
            // The pools are shut down whatever happens (a pool dropped while open traps).
            let outcome: Result<[[String]], any Error>
            do {
                async let first = SchemaMigrator.exclusively(dbs[0]) { try await SchemaMigrator.migrate(dbs[0], StippleMigrations.all) }
                async let second = SchemaMigrator.exclusively(dbs[1]) { try await SchemaMigrator.migrate(dbs[1], StippleMigrations.all) }
                outcome = .success(try await [first, second])
            } catch {
                outcome = .failure(error)
            }
            let logged = try? await adminSQL.raw("SELECT COUNT(*) AS n FROM \(ident: schema).\(ident: MigrationLog.schema)").first()
            _ = try? await adminSQL.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
            for databases in instances { await databases.shutdownAsync() }
            await admin.shutdownAsync()

            // Both started; one applied every migration, the other found nothing left.
            let applied = try outcome.get()
            #expect(applied.map(\.count).sorted() == [0, StippleMigrations.all.count])
            #expect(try logged?.decode(column: "n", as: Int.self) == StippleMigrations.all.count)
        }
    }
}
