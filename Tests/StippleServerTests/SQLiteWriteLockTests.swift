import Foundation
import SQLiteNIO
import SQLKit
import StippleCore
@testable import StippleServer
@testable import StippleStore
import Testing
import Vapor

extension ServerTests {
    /// `Store.lockForWrite` on SQLite: the guard every check-then-write transaction starts with
    /// takes the database's write lock at once, so another connection (another instance on the
    /// same file) cannot write between the check and the insert.
    @Suite struct SQLiteWriteLockTests {
        @Test func aLockedTransactionKeepsOtherWritersOutUntilItEnds() async throws {
            try await withStipple(TestStores.sqliteFile) { app, fixture async throws in
                let sql = try #require(app.db as? any SQLDatabase)
                let file = try #require(try await sql.raw("PRAGMA database_list").all()
                    .first { try $0.decode(column: "name", as: String.self) == "main" })
                let other = try await SQLiteConnection.open(storage: .file(path: try file.decode(column: "file", as: String.self)))
                // Fail at once instead of waiting for the lock (replaces the driver's busy handler).
                _ = try await other.query("PRAGMA busy_timeout = 0")
                let write = "UPDATE clinics SET name = name WHERE id = '\(fixture.london.id.uuidString)'"
                // What the other connection's write met while the lock was held (nil: it wrote).
                let whileLocked: (any Error)?
                do {
                    whileLocked = try await app.db.transaction { db in
                        try await Store.lockForWrite(Clinic.table, fixture.london.id, on: db as! any SQLDatabase)
                        do { _ = try await other.query(write); return nil } catch { return error }
                    }
                    _ = try await other.query(write)
                } catch {
                    try await other.close()
                    throw error
                }
                try await other.close()
                #expect(whileLocked is SQLiteError)
                // It writes nothing itself: the clinic is as it was.
                #expect(try await Store(app.db).clinic(fixture.london.id)?.name == fixture.london.name)
            }
        }
    }
}
